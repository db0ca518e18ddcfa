using System.Buffers;
using System.Globalization;
using Tidewater.Domain.Events;

namespace Tidewater.Domain.Validation;

/// <summary>The rule of each field.</summary>
public static partial class PaymentEventParser
{
    private const string IdCharsMessage = "must contain only letters, digits, '.', '_', ':' and '-'";

    private static readonly SearchValues<byte> IdChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-"u8);

    private static void CheckIdentifier(
        in EventFieldValues values, int field, int maxLength, bool required, ref ProblemCollector problems)
    {
        if (!TryGetString(values, field, required, ref problems, out var text))
        {
            return;
        }

        if (text.IsEmpty)
        {
            problems.Add(field, "must not be empty");
        }
        else if (text.IndexOfAnyExcept(IdChars) >= 0)
        {
            problems.Add(field, IdCharsMessage);
        }
        else if (text.Length > maxLength)
        {
            problems.Add(field, string.Create(CultureInfo.InvariantCulture, $"must be at most {maxLength} characters"));
        }
    }

    private static EventType? ParseType(in EventFieldValues values, ref ProblemCollector problems)
    {
        if (!TryGetString(values, EventField.Type, required: true, ref problems, out var text))
        {
            return null;
        }

        if (EventTypeNames.TryParse(text, out var type))
        {
            return type;
        }

        problems.Add(EventField.Type, "must be 'payment' or 'chargeback'");
        return null;
    }

    private static void CheckMerchantCategory(in EventFieldValues values, ref ProblemCollector problems)
    {
        if (TryGetString(values, EventField.MerchantCategory, required: true, ref problems, out var text)
            && (text.Length != 4 || text.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0))
        {
            problems.Add(EventField.MerchantCategory, "must be exactly 4 digits");
        }
    }

    private static string? ParseCountry(in EventFieldValues values, ref ProblemCollector problems)
    {
        if (!TryGetString(values, EventField.Country, required: true, ref problems, out var text))
        {
            return null;
        }

        if (text.Length != 2 || !IsUpperAscii(text))
        {
            problems.Add(EventField.Country, "must be 2 upper-case letters");
            return null;
        }

        if (!CountryCodes.IsAssigned(text))
        {
            problems.Add(EventField.Country, "must be an assigned ISO 3166-1 alpha-2 country code");
            return null;
        }

        return CountryCodes.Intern(text);
    }

    private static PaymentChannel? ParseChannel(in EventFieldValues values, ref ProblemCollector problems)
    {
        if (!TryGetString(values, EventField.Channel, required: true, ref problems, out var text))
        {
            return null;
        }

        if (PaymentChannelNames.TryParse(text, out var channel))
        {
            return channel;
        }

        problems.Add(EventField.Channel, "must be 'card_present', 'ecommerce' or 'transfer'");
        return null;
    }

    private static bool IsUpperAscii(ReadOnlySpan<byte> text) => text.IndexOfAnyExceptInRange((byte)'A', (byte)'Z') < 0;
}
