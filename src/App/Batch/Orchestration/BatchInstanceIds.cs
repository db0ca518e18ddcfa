using System.Globalization;
using Tidewater.App.Accumulation;

namespace Tidewater.App.Batch;

/// <summary>Instance ids of batches: <c>batch-{window}</c> for the scheduled run, <c>replay-{window}-{n}</c> for replays.</summary>
public static class BatchInstanceIds
{
    /// <summary>The prefix of scheduled batch ids.</summary>
    public const string ScheduledPrefix = "batch-";

    /// <summary>The prefix of replay ids.</summary>
    public const string ReplayPrefix = "replay-";

    /// <summary>The scheduled batch's id for <paramref name="window"/>.</summary>
    public static string Scheduled(WindowKey window) => ScheduledPrefix + window.Id;

    /// <summary>The id of the <paramref name="attempt"/>-th replay of <paramref name="window"/>.</summary>
    public static string Replay(WindowKey window, int attempt) =>
        string.Create(CultureInfo.InvariantCulture, $"{ReplayPrefix}{window.Id}-{attempt}");
}
