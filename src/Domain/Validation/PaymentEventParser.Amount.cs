using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Tidewater.Domain.Validation;

/// <summary>The rules of <c>amount</c> and <c>currency</c>, which depend on each other through the minor unit.</summary>
public static partial class PaymentEventParser
{
    /// <summary>Reads the currency without reporting, because the amount (reported first) depends on it.</summary>
    private static string? ReadCurrency(in EventFieldValues values, out int minorUnits, out string? problem)
    {
        minorUnits = 0;
        var collector = new ProblemCollector(string.Empty);
        if (!TryGetString(values, EventField.Currency, required: true, ref collector, out var text))
        {
            problem = collector.Problems[0].Message;
            return null;
        }

        problem = null;
        if (text.Length != 3 || !IsUpperAscii(text))
        {
            problem = "must be 3 upper-case letters";
        }
        else if (!CurrencyCodes.TryGetMinorUnits(text, out minorUnits))
        {
            problem = "must be an active ISO 4217 currency code";
        }

        return problem is null ? CurrencyCodes.Intern(text) : null;
    }

    private static decimal? ParseAmount(
        in EventFieldValues values, string? currency, int minorUnits, ref ProblemCollector problems)
    {
        if (!TryGetValue(values, EventField.Amount, required: true, ref problems, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            problems.Add(EventField.Amount, "must be a number");
            return null;
        }

        // Only a magnitude beyond decimal's range (about 7.9e28) fails to convert; beyond 28 significant digits the
        // conversion rounds, so the decimal places are counted on the number's text.
        var converted = value.TryGetDecimal(out var amount);
        if (!converted ? value.GetRawText().StartsWith('-') : amount <= 0)
        {
            problems.Add(EventField.Amount, "must be greater than 0");
        }
        else if (!converted || amount > MaxAmount)
        {
            problems.Add(EventField.Amount, "must be at most 1000000");
        }
        else if (currency is not null && JsonNumberText.DecimalPlaces(JsonMarshal.GetRawUtf8Value(value)) > minorUnits)
        {
            problems.Add(EventField.Amount, minorUnits == 0
                ? $"must be a whole number for {currency}"
                : string.Create(CultureInfo.InvariantCulture, $"must have at most {minorUnits} decimal places for {currency}"));
        }
        else
        {
            return amount;
        }

        return null;
    }
}
