using Azure.Storage.Blobs.Specialized;
using Tidewater.App.Accumulation;
using Tidewater.App.Storage;

namespace Tidewater.App.Batch;

/// <summary>
/// Pass A of exactly-once counting: a cheap scan (<see cref="EventIdScanner"/>, no parse) of one chunk's records
/// writes their id digests with their ordinals, sorted (<see cref="BatchLayout.IdIndex"/>). Skipped when it exists.
/// </summary>
public sealed class IndexChunkActivity(BatchStorage storage, BatchDocuments documents)
    : BatchActivity<ChunkTask, ChunkResult>
{
    /// <summary>The activity name.</summary>
    public const string Name = "IndexChunk";

    /// <summary>Indexes chunk <see cref="ChunkTask.Index"/>.</summary>
    public override async Task<ChunkResult> RunAsync(ChunkTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var work = task.Work;
        string name = BatchLayout.IdIndex(work.WindowId, work.PlanId, task.Index);
        var existing = await storage.Batch.GetBlobClient(name).DownloadIfExistsAsync(cancellationToken: cancellationToken);
        if (existing is not null)
        {
            return new ChunkResult(task.Index, IdCodec.ReadChunkIndex(existing.Content.ToMemory().Span).Records, name);
        }

        var plan = await documents.GetPlanAsync(work.WindowId, work.PlanId, cancellationToken);
        var chunk = plan.Chunks[task.Index];
        using var content = await ChunkReader.ReadAsync(storage.Events.GetAppendBlobClient(chunk.Segment), chunk, cancellationToken);
        var (records, entries) = Scan(content.Lines);
        await BatchBlobs.UploadIfAbsentAsync(storage.Batch, name, IdCodec.WriteChunkIndex(records, entries), cancellationToken);
        return new ChunkResult(task.Index, records, name);
    }

    /// <summary>The record count and the sorted (digest, ordinal) of every record with a readable id.</summary>
    internal static (int Records, List<IdEntry> Entries) Scan(ReadOnlyMemory<byte> content)
    {
        var entries = new List<IdEntry>();
        int ordinal = 0;
        foreach (var line in AccumulationRecordFormat.Lines(content))
        {
            var id = EventIdScanner.FindId(line.Span);
            if (!id.IsEmpty)
            {
                entries.Add(new IdEntry(BatchIds.Digest(id), ordinal));
            }

            ordinal++;
        }

        entries.Sort();
        return (ordinal, entries);
    }
}
