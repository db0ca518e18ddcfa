using System.Globalization;

namespace Tidewater.App.Accumulation;

/// <summary>One accumulation window: a half-open UTC interval [Start, End) on the host clock.</summary>
public readonly record struct WindowKey(DateTimeOffset Start, TimeSpan Length)
{
    /// <summary>The id used in blob names and batch instance ids: the start as <c>yyyyMMddHHmm</c> (UTC).</summary>
    public string Id => Start.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

    /// <summary>The exclusive end of the window.</summary>
    public DateTimeOffset End => Start + Length;

    /// <summary>The window before this one.</summary>
    public WindowKey Previous => new(Start - Length, Length);

    /// <summary>Parses a window id such as <c>202611211000</c>.</summary>
    public static bool TryParseId(string id, TimeSpan length, out WindowKey window)
    {
        if (DateTime.TryParseExact(id, "yyyyMMddHHmm", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var start))
        {
            window = new WindowKey(new DateTimeOffset(start, TimeSpan.Zero), length);
            return true;
        }

        window = default;
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Id;
}
