using Tidewater.App.Batch;
using Tidewater.App.Storage;

namespace Tidewater.App.Dashboard;

/// <summary>
/// Reads the reports of completed batches for the timeline, remembering each (a completed instance's report no longer
/// changes), so a dashboard polling every few seconds reads each report once per process.
/// </summary>
public sealed class FinishedReports(BatchStorage storage)
{
    /// <summary>The most reports remembered; past it the memory starts over.</summary>
    public const int Capacity = 1024;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, ReportDigest> _digests = new(StringComparer.Ordinal);

    /// <summary>The digest of a completed instance's report, or null when it has none.</summary>
    internal async Task<ReportDigest?> GetAsync(string instanceId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_digests.TryGetValue(instanceId, out var known))
            {
                return known;
            }
        }

        var blob = await storage.Batch.GetBlobClient(BatchLayout.ReportJson(instanceId)).DownloadIfExistsAsync(cancellationToken);
        if (blob is null)
        {
            return null;
        }

        var report = BatchBlobs.Deserialize(blob.Content.ToMemory().Span, BatchJsonContext.Default.BatchReportDocument, BatchLayout.ReportJson(instanceId));
        var findings = report.Findings;
        var digest = new ReportDigest(findings.Counts.Events, findings.Reconciliation.Compared, findings.Reconciliation.Differing);
        lock (_gate)
        {
            if (_digests.Count >= Capacity)
            {
                _digests.Clear();
            }

            _digests[instanceId] = digest;
        }

        return digest;
    }
}
