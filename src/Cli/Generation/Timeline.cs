namespace Tidewater.Cli.Generation;

/// <summary>
/// Places events in [start - span, start): the n-th of <c>count</c> events at quantile n/count of a day-night
/// intensity, so the stream runs forward in time with fewer payments at night (UTC).
/// </summary>
/// <remarks>
/// Hourly intensity (UTC): 00-05 0.15, 06 0.5, 07-21 1.0, 22-23 0.6, which puts about 5% of ordinary payments in the
/// night hours the v0 model flags (00:00-05:59). Times are whole milliseconds.
/// </remarks>
internal sealed class Timeline
{
    private const int NightEndHour = 6;

    private readonly long _count;
    private readonly List<Segment> _segments = [];
    private readonly List<Segment> _nights = [];
    private readonly double _totalWeight;
    private readonly double _totalNight;

    public Timeline(DateTimeOffset start, TimeSpan span, long count)
    {
        _count = count;
        End = start.UtcTicks;
        Begin = End - span.Ticks;
        var t = Begin;
        while (t < End)
        {
            var hourEnd = Math.Min(((t / TimeSpan.TicksPerHour) + 1) * TimeSpan.TicksPerHour, End);
            var hour = (int)(t / TimeSpan.TicksPerHour % 24);
            var intensity = Intensity(hour);
            _totalWeight += (hourEnd - t) * intensity;
            _segments.Add(new Segment(t, hourEnd, intensity, _totalWeight));
            if (hour < NightEndHour)
            {
                _totalNight += hourEnd - t;
                _nights.Add(new Segment(t, hourEnd, 1, _totalNight));
            }

            t = hourEnd;
        }
    }

    /// <summary>Gets the start of the span (UTC ticks).</summary>
    public long Begin { get; }

    /// <summary>Gets the end of the span (UTC ticks).</summary>
    public long End { get; }

    /// <summary>The time of event <paramref name="index"/>, jittered by <paramref name="u"/> in [0, 1) within its slot.</summary>
    public DateTimeOffset At(long index, double u) => At((index + u) / _count);

    /// <summary>The time at <paramref name="progress"/> in [0, 1) along the intensity-weighted span.</summary>
    public DateTimeOffset At(double progress)
    {
        var target = Math.Clamp(progress, 0, 1) * _totalWeight;
        var segment = Find(_segments, target);
        var before = segment.Cumulative - ((segment.End - segment.Start) * segment.Intensity);
        var ticks = segment.Start + (long)((target - before) / segment.Intensity);
        return ToTime(Math.Clamp(ticks, segment.Start, segment.End - 1));
    }

    /// <summary>A uniformly random instant of the night hours (00:00-05:59 UTC) in the span, or null when it has none.</summary>
    public DateTimeOffset? AtNight(double u)
    {
        if (_nights.Count == 0)
        {
            return null;
        }

        var target = u * _totalNight;
        var night = Find(_nights, target);
        var ticks = night.End - (long)(night.Cumulative - target);
        return ToTime(Math.Clamp(ticks, night.Start, night.End - 1));
    }

    /// <summary>Rounds down to whole milliseconds.</summary>
    public static DateTimeOffset ToTime(long utcTicks) =>
        new(utcTicks - (utcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    private static double Intensity(int hour) => hour switch
    {
        < NightEndHour => 0.15,
        NightEndHour => 0.5,
        < 22 => 1.0,
        _ => 0.6,
    };

    private static Segment Find(List<Segment> segments, double cumulative)
    {
        int low = 0, high = segments.Count - 1;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (segments[mid].Cumulative < cumulative)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return segments[low];
    }

    private readonly record struct Segment(long Start, long End, double Intensity, double Cumulative);
}
