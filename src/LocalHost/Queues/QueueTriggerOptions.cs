using System.ComponentModel.DataAnnotations;

namespace Tidewater.LocalHost.Queues;

/// <summary>
/// The queue trigger's settings, read from <c>host.json</c> <c>extensions.queues</c> with the Functions host's
/// names, ranges and defaults.
/// </summary>
public sealed class QueueTriggerOptions
{
    /// <summary>The configuration section (host.json appears under <c>AzureFunctionsJobHost</c>).</summary>
    public const string SectionName = "AzureFunctionsJobHost:extensions:queues";

    /// <summary>Messages fetched per receive. The default is 16.</summary>
    [Range(1, 32)]
    public int BatchSize { get; set; } = 16;

    /// <summary>
    /// A new batch is fetched when the messages in progress drop to this many. The default (null) is
    /// <c>batchSize / 2 × processor count</c>, as in the Functions host.
    /// </summary>
    [Range(0, 1000)]
    public int? NewBatchThreshold { get; set; }

    /// <summary>Longest wait between polls of an empty queue. The default is one minute; the minimum 100 ms.</summary>
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a failed message stays invisible before its retry. The default is zero.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.Zero;

    /// <summary>Attempts before a failing message moves to the poison queue. The default is 5.</summary>
    [Range(1, 1000)]
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary><c>base64</c> (the default) or <c>none</c>.</summary>
    [RegularExpression("^(?i)(base64|none)$")]
    public string MessageEncoding { get; set; } = "base64";

    /// <summary>The effective new-batch threshold.</summary>
    public int EffectiveNewBatchThreshold => NewBatchThreshold ?? (BatchSize / 2 * Environment.ProcessorCount);
}
