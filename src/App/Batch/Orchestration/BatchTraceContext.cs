using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Tidewater.App.Batch;

/// <summary>
/// The trace a batch's activity spans belong to, derived from the batch's instance id alone: the trace id is the
/// first 16 bytes of SHA-256 over the id (UTF-8), the parent span id the next 8. Any host, at any time, computes
/// the same context, so the spans of one batch form one trace however its activities are spread and replayed.
/// </summary>
/// <remarks>
/// The parent is a virtual root: no span with that id is ever exported (an activity cannot choose its own span id,
/// and orchestrator code must not start spans), so a trace viewer shows the activities as children of a missing
/// root. A redrive (<c>{id}-r{n}</c>) is a new instance and so its own trace; its <see cref="BatchIdTag"/> names it.
/// </remarks>
public static class BatchTraceContext
{
    /// <summary>The tag naming the batch (root) instance on every batch span.</summary>
    public const string BatchIdTag = "tidewater.batch.id";

    /// <summary>The tag naming the orchestration instance that ran the activity (the batch or one of its chunk groups).</summary>
    public const string InstanceIdTag = "tidewater.batch.instance_id";

    /// <summary>The remote, sampled parent context of every span of batch <paramref name="batchId"/>.</summary>
    public static ActivityContext Of(string batchId)
    {
        ArgumentNullException.ThrowIfNull(batchId);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(batchId), hash);
        return new ActivityContext(
            ActivityTraceId.CreateFromBytes(hash[..16]),
            ActivitySpanId.CreateFromBytes(hash[16..24]),
            ActivityTraceFlags.Recorded,
            isRemote: true);
    }
}
