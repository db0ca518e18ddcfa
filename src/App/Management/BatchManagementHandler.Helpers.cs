using System.Globalization;
using Tidewater.App.Batch;
using Microsoft.DurableTask.Client;

namespace Tidewater.App.Management;

public sealed partial class BatchManagementHandler
{
    /// <summary>Purges a finished batch's history and its sub-orchestrations'; its report stays. 409 while it runs.</summary>
    public async Task<ManagementResult<int>> PurgeAsync(string id, CancellationToken cancellationToken)
    {
        if (await FindBatchAsync(id, cancellationToken) is not { } instance)
        {
            return NotFound<int>(id);
        }

        if (IsActive(instance))
        {
            return ManagementResult<int>.Fail(ManagementStatus.Conflict, "id", $"batch '{id}' is still {instance.RuntimeStatus}; terminate it first");
        }

        int purged = 0;
        await foreach (var child in client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = id + "-" }).WithCancellation(cancellationToken))
        {
            if (IsGroupOf(id, child.InstanceId) && !IsActive(child))
            {
                purged += (await client.PurgeInstanceAsync(child.InstanceId, cancellationToken)).PurgedInstanceCount;
            }
        }

        purged += (await client.PurgeInstanceAsync(id, cancellationToken)).PurgedInstanceCount;
        return ManagementResult<int>.Ok(purged);
    }

    /// <summary>
    /// True when <paramref name="childId"/> is one of <paramref name="batchId"/>'s own chunk groups,
    /// <c>{batch}-{pass}-g{n}</c>; a redrive <c>{batch}-r1</c> and its groups <c>{batch}-r1-{pass}-g{n}</c> are not.
    /// </summary>
    internal static bool IsGroupOf(string batchId, string childId)
    {
        if (!childId.StartsWith(batchId + "-", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = childId.AsSpan(batchId.Length + 1);
        int dash = rest.IndexOf('-');
        if (dash < 0 || rest.Length < dash + 3 || rest[dash + 1] != 'g' || !int.TryParse(rest[(dash + 2)..], NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return false;
        }

        var pass = rest[..dash];
        foreach (var candidate in Enum.GetValues<BatchPass>())
        {
            if (pass.SequenceEqual(BatchLayout.PassName(candidate)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Pending, running or suspended: not finished, so neither redriven nor purged.</summary>
    private static bool IsActive(OrchestrationMetadata instance) =>
        instance.RuntimeStatus is OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Suspended;

    private static bool IsBatch(OrchestrationMetadata instance) =>
        string.Equals(instance.Name, BatchOrchestrator.Name, StringComparison.OrdinalIgnoreCase);

    private static string RedriveRoot(string id)
    {
        int marker = id.LastIndexOf("-r", StringComparison.Ordinal);
        return marker > 0 && int.TryParse(id.AsSpan(marker + 2), NumberStyles.None, CultureInfo.InvariantCulture, out _) ? id[..marker] : id;
    }

    private static ManagementResult<T> NotFound<T>(string id) =>
        ManagementResult<T>.Fail(ManagementStatus.NotFound, "id", $"no batch '{id}'");

    private async Task<OrchestrationMetadata?> FindBatchAsync(string id, CancellationToken cancellationToken) =>
        await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken) is { } instance && IsBatch(instance) ? instance : null;

    private async Task<string> NextFreeIdAsync(Func<int, string> idFor, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            string id = idFor(attempt);
            if (await client.GetInstanceAsync(id, cancellationToken) is null)
            {
                return id;
            }
        }
    }

    private ManagementResult<IReadOnlyList<BatchStatusLinks>>? ValidateRange(StartBatchesRequest request)
    {
        static ManagementResult<IReadOnlyList<BatchStatusLinks>> Invalid(string field, string message) =>
            ManagementResult<IReadOnlyList<BatchStatusLinks>>.Fail(ManagementStatus.Invalid, field, message);

        if (request.From is null)
        {
            return Invalid("from", "is required (RFC 3339, e.g. 2026-11-21T10:00:00Z)");
        }

        if (request.To is null)
        {
            return Invalid("to", "is required (RFC 3339, e.g. 2026-11-21T12:00:00Z)");
        }

        if (request.To <= request.From)
        {
            return Invalid("to", "must be after from");
        }

        var first = clock.WindowOf(request.From.Value);
        long windows = (long)Math.Ceiling((request.To.Value - first.Start) / clock.Length);
        if (windows > MaxWindowsPerCall)
        {
            return Invalid("to", string.Create(CultureInfo.InvariantCulture, $"the range covers {windows} windows; at most {MaxWindowsPerCall} per call"));
        }

        var last = clock.WindowOf(request.To.Value - TimeSpan.FromTicks(1));
        return clock.IsSealed(last)
            ? null
            : Invalid("to", string.Create(CultureInfo.InvariantCulture, $"window {last.Id} is not sealed until {clock.SealedAt(last):O}; only sealed windows can be batched"));
    }
}
