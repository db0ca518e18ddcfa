using Tidewater.App.Batch;
using Tidewater.App.Storage;

namespace Tidewater.App.Management;

/// <summary>Reads a batch's report: the JSON document or its human-readable page.</summary>
public sealed class ReportReader(BatchStorage storage)
{
    /// <summary>The report of <paramref name="instanceId"/>, or null when there is none (yet).</summary>
    public async Task<BinaryData?> ReadAsync(string instanceId, bool html, CancellationToken cancellationToken)
    {
        string name = html ? BatchLayout.ReportHtml(instanceId) : BatchLayout.ReportJson(instanceId);
        return (await storage.Batch.GetBlobClient(name).DownloadIfExistsAsync(cancellationToken: cancellationToken))?.Content;
    }
}
