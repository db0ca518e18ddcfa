namespace Tidewater.Domain.Validation;

/// <summary>Facts read from a JSON number's own text, before any conversion can round it.</summary>
/// <remarks>
/// <see cref="System.Text.Json.JsonElement.TryGetDecimal"/> rounds a number with more than 28 significant digits
/// (<c>999999.999999999999999999999999</c> becomes <c>1000000</c>), so limits on the number of decimals must be
/// checked on the text. The grammar is RFC 8259 section 6: <c>-? int frac? exp?</c>.
/// </remarks>
public static class JsonNumberText
{
    /// <summary>
    /// The decimal places the number needs: digits after the point without trailing zeros, less a positive exponent
    /// (never below 0). <c>12.50</c> needs 1, <c>1.5e1</c> needs 0, <c>5e-3</c> needs 3.
    /// </summary>
    /// <param name="utf8">A valid JSON number, as UTF-8.</param>
    public static int DecimalPlaces(ReadOnlySpan<byte> utf8)
    {
        int exponentAt = utf8.IndexOfAny((byte)'e', (byte)'E');
        var mantissa = exponentAt < 0 ? utf8 : utf8[..exponentAt];
        long exponent = exponentAt < 0 ? 0 : ParseExponent(utf8[(exponentAt + 1)..]);
        int point = mantissa.IndexOf((byte)'.');
        var fraction = point < 0 ? [] : mantissa[(point + 1)..].TrimEnd((byte)'0');
        long places = fraction.Length - exponent;
        if (places <= 0)
        {
            return 0;
        }

        return places > int.MaxValue ? int.MaxValue : (int)places;
    }

    private static long ParseExponent(ReadOnlySpan<byte> text)
    {
        bool negative = text.Length > 0 && text[0] == (byte)'-';
        if (text.Length > 0 && (text[0] == (byte)'-' || text[0] == (byte)'+'))
        {
            text = text[1..];
        }

        long value = 0;
        foreach (byte digit in text)
        {
            // Saturate: an exponent this large already decides every limit we check.
            value = Math.Min(value * 10 + (digit - '0'), int.MaxValue);
        }

        return negative ? -value : value;
    }
}
