using System.Globalization;
using Tidewater.App.Accumulation;

namespace Tidewater.App.Batch;

/// <summary>
/// Instance ids of batches: <c>batch-{window}</c> for the scheduled run, <c>replay-{window}-{n}</c> for replays,
/// <c>{id}-r{n}</c> for redrives; their chunk groups are <c>{batch}-{pass}-g{n}</c> (<see cref="BatchRun.GroupInstanceId"/>).
/// </summary>
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

    /// <summary>
    /// The batch a (sub-)orchestration instance belongs to: <paramref name="instanceId"/> without a chunk group's
    /// <c>-{pass}-g{n}</c> suffix, else <paramref name="instanceId"/> itself (a batch, replay or redrive).
    /// </summary>
    public static string RootOf(string instanceId)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        int group = instanceId.LastIndexOf("-g", StringComparison.Ordinal);
        if (group <= 0 || !int.TryParse(instanceId.AsSpan(group + 2), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return instanceId;
        }

        int pass = instanceId.LastIndexOf('-', group - 1);
        if (pass <= 0)
        {
            return instanceId;
        }

        var passName = instanceId.AsSpan(pass + 1, group - pass - 1);
        foreach (var candidate in Enum.GetValues<BatchPass>())
        {
            if (passName.SequenceEqual(BatchLayout.PassName(candidate)))
            {
                return instanceId[..pass];
            }
        }

        return instanceId;
    }
}
