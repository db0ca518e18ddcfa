using System.Diagnostics.CodeAnalysis;
using NCrontab;

namespace Tidewater.App.Schedule;

/// <summary>NCRONTAB schedules with seconds (<c>{second} {minute} {hour} {day} {month} {day-of-week}</c>), evaluated in UTC.</summary>
public static class CronSchedules
{
    private static readonly CrontabSchedule.ParseOptions WithSeconds = new() { IncludingSeconds = true };

    /// <summary>Parses a 6-field expression.</summary>
    /// <exception cref="CrontabException">The expression is not valid.</exception>
    public static CrontabSchedule Parse(string expression) => CrontabSchedule.Parse(expression, WithSeconds);

    /// <summary>Parses a 6-field expression, or says why it is not valid.</summary>
    public static bool TryParse(string expression, [NotNullWhen(true)] out CrontabSchedule? schedule, [NotNullWhen(false)] out string? error)
    {
        string? reason = null;
        schedule = CrontabSchedule.TryParse<CrontabSchedule?>(expression, WithSeconds, parsed => parsed, failure =>
        {
            reason = failure().Message;
            return null;
        });
        error = schedule is null ? reason ?? "invalid expression" : null;
        return schedule is not null;
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/> (UTC), or <see cref="DateTimeOffset.MaxValue"/> if there is none.</summary>
    public static DateTimeOffset NextAfter(this CrontabSchedule schedule, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var next = schedule.GetNextOccurrence(after.UtcDateTime, DateTime.MaxValue);
        return next == DateTime.MaxValue ? DateTimeOffset.MaxValue : new DateTimeOffset(DateTime.SpecifyKind(next, DateTimeKind.Utc));
    }
}
