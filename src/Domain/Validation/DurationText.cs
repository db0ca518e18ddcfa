using System.Globalization;

namespace Tidewater.Domain.Validation;

/// <summary>Formats a duration for a validation message: <c>7 days</c>, <c>5 minutes</c>, <c>90 seconds</c>.</summary>
internal static class DurationText
{
    public static string Format(TimeSpan value)
    {
        if (value.Ticks % TimeSpan.TicksPerDay == 0 && value.Days != 0)
        {
            return Unit(value.Days, "day");
        }

        if (value.Ticks % TimeSpan.TicksPerHour == 0 && value.Ticks != 0)
        {
            return Unit((long)value.TotalHours, "hour");
        }

        if (value.Ticks % TimeSpan.TicksPerMinute == 0 && value.Ticks != 0)
        {
            return Unit((long)value.TotalMinutes, "minute");
        }

        return Unit((long)Math.Round(value.TotalSeconds), "second");
    }

    private static string Unit(long count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? string.Empty : "s")}");
}
