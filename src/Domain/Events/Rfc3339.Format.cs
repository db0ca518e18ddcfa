namespace Tidewater.Domain.Events;

/// <summary>RFC 3339 formatting: the canonical wire form of an instant with its offset.</summary>
internal static partial class Rfc3339
{
    /// <summary>Writes <paramref name="value"/> in its own offset; <c>Z</c> for a zero offset, no fraction when zero.</summary>
    public static int Format(DateTimeOffset value, Span<byte> destination)
    {
        var local = value.DateTime;
        WriteDigits(destination, 0, 4, local.Year);
        destination[4] = (byte)'-';
        WriteDigits(destination, 5, 2, local.Month);
        destination[7] = (byte)'-';
        WriteDigits(destination, 8, 2, local.Day);
        destination[10] = (byte)'T';
        WriteDigits(destination, 11, 2, local.Hour);
        destination[13] = (byte)':';
        WriteDigits(destination, 14, 2, local.Minute);
        destination[16] = (byte)':';
        WriteDigits(destination, 17, 2, local.Second);
        var i = 19;
        var fraction = (int)(local.Ticks % TimeSpan.TicksPerSecond);
        if (fraction != 0)
        {
            destination[i++] = (byte)'.';
            var digits = 7;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            WriteDigits(destination, i, digits, fraction);
            i += digits;
        }

        var offsetMinutes = (int)(value.Offset.Ticks / TimeSpan.TicksPerMinute);
        if (offsetMinutes == 0)
        {
            destination[i++] = (byte)'Z';
            return i;
        }

        destination[i++] = offsetMinutes < 0 ? (byte)'-' : (byte)'+';
        offsetMinutes = Math.Abs(offsetMinutes);
        WriteDigits(destination, i, 2, offsetMinutes / 60);
        destination[i + 2] = (byte)':';
        WriteDigits(destination, i + 3, 2, offsetMinutes % 60);
        return i + 5;
    }

    private static void WriteDigits(Span<byte> destination, int start, int count, int value)
    {
        for (var i = start + count - 1; i >= start; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
