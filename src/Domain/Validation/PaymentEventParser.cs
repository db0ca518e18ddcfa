using System.Text.Json;
using Tidewater.Domain.Events;

namespace Tidewater.Domain.Validation;

/// <summary>Validates one wire event and turns it into a <see cref="PaymentEvent"/>.</summary>
/// <remarks>
/// <para>
/// The single place where the input rules live; it reports every problem of an event, not only the first, with
/// the JSON path of each (<c>$[3].amount</c>), in the canonical field order. Unknown properties are ignored so that
/// clients can send more than we read; a known property given twice is a problem, because JSON parsers disagree on
/// which copy wins and the choice would be an attack surface.
/// </para>
/// <para>
/// It runs once per event on the hot path, so it reads values as UTF-8 views into the document, checks them with
/// span loops and lookup tables (no regular expressions), and allocates strings only once the event is accepted.
/// </para>
/// </remarks>
public static partial class PaymentEventParser
{
    /// <summary>The longest accepted <c>id</c> and <c>paymentId</c>.</summary>
    public const int MaxIdLength = 128;

    /// <summary>The longest accepted <c>accountId</c> and <c>merchantId</c>.</summary>
    public const int MaxAccountIdLength = 64;

    /// <summary>The largest accepted <c>amount</c>, in major units of any currency.</summary>
    public const decimal MaxAmount = 1_000_000m;

    /// <summary>Validates <paramref name="element"/> and returns the event or every problem found.</summary>
    /// <param name="element">One event as JSON.</param>
    /// <param name="path">The JSON path of <paramref name="element"/>, e.g. <c>$</c> or <c>$[3]</c>; problem paths extend it.</param>
    /// <param name="context">The current time and limits of the time-window checks.</param>
    /// <returns>The parsed event, or the problems.</returns>
    public static EventParseResult Parse(JsonElement element, string path, in ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return EventParseResult.Invalid([new ValidationProblem(path, "must be a JSON object")]);
        }

        var values = EventFieldValues.Collect(element);
        var problems = new ProblemCollector(path);

        CheckIdentifier(values, EventField.Id, MaxIdLength, required: true, ref problems);
        var type = ParseType(values, ref problems);
        CheckIdentifier(values, EventField.PaymentId, MaxIdLength, required: type == EventType.Chargeback, ref problems);
        CheckIdentifier(values, EventField.AccountId, MaxAccountIdLength, required: true, ref problems);
        var currency = ReadCurrency(values, out var minorUnits, out var currencyProblem);
        var amount = ParseAmount(values, currency, minorUnits, ref problems);
        if (currencyProblem is not null)
        {
            problems.Add(EventField.Currency, currencyProblem);
        }

        CheckIdentifier(values, EventField.MerchantId, MaxAccountIdLength, required: false, ref problems);
        CheckMerchantCategory(values, ref problems);
        var country = ParseCountry(values, ref problems);
        var channel = ParseChannel(values, ref problems);
        var occurredAt = ParseOccurredAt(values, context, ref problems);

        if (problems.HasProblems)
        {
            return EventParseResult.Invalid(problems.Problems);
        }

        return EventParseResult.Valid(new PaymentEvent(
            values[EventField.Id].GetString()!,
            type!.Value,
            OptionalString(values[EventField.PaymentId]),
            values[EventField.AccountId].GetString()!,
            amount!.Value,
            currency!,
            OptionalString(values[EventField.MerchantId]),
            values[EventField.MerchantCategory].GetString()!,
            country!,
            channel!.Value,
            occurredAt!.Value));
    }

    private static string? OptionalString(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsMissing(JsonElement value) => value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null;

    /// <summary>Returns whether the field has a usable value; reports it when duplicated, or missing and required.</summary>
    private static bool TryGetValue(
        in EventFieldValues values, int field, bool required, ref ProblemCollector problems, out JsonElement value)
    {
        value = values[field];
        if ((values.Duplicates & (1 << field)) != 0)
        {
            problems.Add(field, "must appear only once");
            return false;
        }

        if (IsMissing(value))
        {
            if (required)
            {
                problems.Add(field, "is required");
            }

            return false;
        }

        return true;
    }

    /// <summary>Like <see cref="TryGetValue"/>, and also reports a value that is not a JSON string.</summary>
    private static bool TryGetString(
        in EventFieldValues values, int field, bool required, ref ProblemCollector problems, out ReadOnlySpan<byte> utf8)
    {
        utf8 = default;
        if (!TryGetValue(values, field, required, ref problems, out var value))
        {
            return false;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add(field, "must be a string");
            return false;
        }

        utf8 = JsonStrings.GetUtf8(value);
        return true;
    }
}
