using Azure;
using Azure.Storage.Blobs.Models;
using Tidewater.App.Batch;
using Tidewater.App.Storage;

namespace Tidewater.App.Dashboard;

/// <summary>
/// The model versions batch refreshes made, newest first: one listing of the provenance records
/// (<see cref="BatchLayout.Provenance"/>) in the batch container, then each record and whether the version was
/// published. Both are remembered per version once published (a version never changes).
/// </summary>
public sealed class ModelHistoryReader(BatchStorage storage, BatchModelStore models)
{
    /// <summary>The prefix of every provenance record.</summary>
    private const string ProvenancePrefix = "models/";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, ModelProvenance> _published = new(StringComparer.Ordinal);

    /// <summary>The newest <paramref name="limit"/> versions; empty while no batch has refreshed a model.</summary>
    public async Task<IReadOnlyList<ModelHistoryEntry>> ReadAsync(int limit, CancellationToken cancellationToken)
    {
        var records = new List<(string Name, DateTimeOffset MadeAt)>();
        try
        {
            await foreach (var blob in storage.Batch.GetBlobsAsync(BlobTraits.None, BlobStates.None, ProvenancePrefix, cancellationToken))
            {
                if (blob.Name.EndsWith(".json", StringComparison.Ordinal))
                {
                    records.Add((blob.Name, blob.Properties.CreatedOn ?? blob.Properties.LastModified ?? DateTimeOffset.MinValue));
                }
            }
        }
        catch (RequestFailedException ex) when (BlobReads.IsMissing(ex))
        {
            return []; // no batch has run yet: the container does not exist
        }

        var entries = new List<ModelHistoryEntry>();
        foreach (var (name, madeAt) in records.OrderByDescending(r => r.MadeAt).ThenBy(r => r.Name, StringComparer.Ordinal).Take(limit))
        {
            if (await ReadEntryAsync(name, madeAt, cancellationToken) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private async Task<ModelHistoryEntry?> ReadEntryAsync(string name, DateTimeOffset madeAt, CancellationToken cancellationToken)
    {
        string version = name[ProvenancePrefix.Length..^".json".Length];
        lock (_gate)
        {
            if (_published.TryGetValue(version, out var known))
            {
                return Entry(known, madeAt, published: true);
            }
        }

        var provenance = await BatchBlobs.ReadIfExistsAsync(storage.Batch, name, BatchJsonContext.Default.ModelProvenance, cancellationToken);
        if (provenance is null)
        {
            return null;
        }

        bool published = await models.IsPublishedAsync(provenance.Version, cancellationToken);
        if (published)
        {
            lock (_gate)
            {
                if (_published.Count >= FinishedReports.Capacity)
                {
                    _published.Clear();
                }

                _published[version] = provenance;
            }
        }

        return Entry(provenance, madeAt, published);
    }

    private static ModelHistoryEntry Entry(ModelProvenance p, DateTimeOffset madeAt, bool published) =>
        new(p.Version, p.BaseVersion, p.WindowId, p.AccountsMerged, p.Refit.Outcome, madeAt, published);
}
