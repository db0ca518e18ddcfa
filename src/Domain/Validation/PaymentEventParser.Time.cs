using Tidewater.Domain.Events;

namespace Tidewater.Domain.Validation;

/// <summary>The rule of <c>occurredAt</c>: strict RFC 3339 with an offset, inside the accepted time window.</summary>
public static partial class PaymentEventParser
{
    private static DateTimeOffset? ParseOccurredAt(
        in EventFieldValues values, in ValidationContext context, ref ProblemCollector problems)
    {
        if (!TryGetString(values, EventField.OccurredAt, required: true, ref problems, out var text))
        {
            return null;
        }

        if (!Rfc3339.TryParse(text, out var occurredAt))
        {
            problems.Add(
                EventField.OccurredAt,
                "must be an RFC 3339 date-time with an offset, e.g. 2026-11-21T10:00:00Z");
            return null;
        }

        if (context.Now is not { } now)
        {
            return occurredAt;
        }

        // Compared in ticks: subtracting spans from DateTimeOffset could overflow near its limits.
        var ahead = occurredAt.UtcTicks - now.UtcTicks;
        if (ahead > context.MaxFutureSkew.Ticks)
        {
            problems.Add(
                EventField.OccurredAt,
                $"must not be more than {DurationText.Format(context.MaxFutureSkew)} in the future");
            return null;
        }

        if (-ahead > context.MaxAge.Ticks)
        {
            problems.Add(EventField.OccurredAt, $"must not be more than {DurationText.Format(context.MaxAge)} old");
            return null;
        }

        return occurredAt;
    }
}
