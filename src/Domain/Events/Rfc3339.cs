namespace Tidewater.Domain.Events;

/// <summary>Strict RFC 3339 <c>date-time</c> parsing and formatting over UTF-8.</summary>
/// <remarks>
/// See RFC 3339 section 5.6. Hand-written instead of <c>DateTimeOffset.TryParseExact</c> because the framework
/// accepts forms the RFC does not (no offset, single-digit fields, culture-dependent parts) and is slower on the
/// hot path. Accepted: <c>T</c>/<c>t</c>, <c>Z</c>/<c>z</c>, 1-9 fraction digits (digits beyond the 7th, below one
/// tick, are dropped), offsets up to ±14:00 (the range of <see cref="DateTimeOffset"/>). Rejected: a missing offset,
/// a space separator, leap second 60.
/// </remarks>
internal static partial class Rfc3339
{
    /// <summary>The longest text <see cref="Format"/> writes: <c>yyyy-MM-ddTHH:mm:ss.fffffff+hh:mm</c>.</summary>
    public const int MaxFormattedLength = 33;

    private const int MaxFractionDigits = 9;
    private const int MaxOffsetMinutes = 14 * 60;

    public static bool TryParse(ReadOnlySpan<byte> s, out DateTimeOffset value)
    {
        value = default;
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || (s[10] | 0x20) != 't' || s[13] != ':' || s[16] != ':'
            || !TryDigits(s, 0, 4, out var year) || !TryDigits(s, 5, 2, out var month) || !TryDigits(s, 8, 2, out var day)
            || !TryDigits(s, 11, 2, out var hour) || !TryDigits(s, 14, 2, out var minute) || !TryDigits(s, 17, 2, out var second))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var i = 19;
        long fractionTicks = 0;
        if (s[i] == '.')
        {
            var start = ++i;
            while (i < s.Length && IsDigit(s[i]))
            {
                if (i - start < 7)
                {
                    fractionTicks = (fractionTicks * 10) + (s[i] - '0');
                }

                i++;
            }

            var digits = i - start;
            if (digits is 0 or > MaxFractionDigits)
            {
                return false;
            }

            for (var d = digits; d < 7; d++)
            {
                fractionTicks *= 10;
            }
        }

        if (!TryParseOffset(s[i..], out var offsetMinutes))
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).Ticks + fractionTicks;
        var offset = TimeSpan.FromMinutes(offsetMinutes);
        var utc = local - offset.Ticks;
        if (utc < DateTime.MinValue.Ticks || utc > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        value = new DateTimeOffset(local, offset);
        return true;
    }

    private static bool TryParseOffset(ReadOnlySpan<byte> s, out int minutes)
    {
        minutes = 0;
        if (s.Length == 1)
        {
            return (s[0] | 0x20) == 'z';
        }

        if (s.Length != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':'
            || !TryDigits(s, 1, 2, out var hours) || !TryDigits(s, 4, 2, out var mins) || hours > 23 || mins > 59)
        {
            return false;
        }

        minutes = (hours * 60) + mins;
        if (s[0] == '-')
        {
            minutes = -minutes;
        }

        return Math.Abs(minutes) <= MaxOffsetMinutes;
    }

    private static bool TryDigits(ReadOnlySpan<byte> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!IsDigit(s[i]))
            {
                return false;
            }

            value = (value * 10) + (s[i] - '0');
        }

        return true;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
}
