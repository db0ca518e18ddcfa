using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Tidewater.App.Batch;

/// <summary>
/// Merges a pass's chunk partials <b>in chunk order</b>, whatever order the chunks completed in (floating-point
/// merges depend on order), and stores the result as deterministic JSON named by the chunk set.
/// </summary>
public sealed class MergePartialsActivity(BatchStorage storage, IOptions<BatchOptions> options)
    : BatchActivity<MergePartialsInput, MergedPartial>
{
    /// <summary>The activity name.</summary>
    public const string Name = "MergePartials";

    private const int ParallelReads = 16;

    /// <summary>Merges the partials of <see cref="MergePartialsInput.Chunks"/>.</summary>
    public override async Task<MergedPartial> RunAsync(MergePartialsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        int[] chunks = [.. input.Chunks.Distinct().Order()];
        var merged = new BatchPartial();
        foreach (var slice in chunks.Chunk(ParallelReads))
        {
            var partials = await Task.WhenAll(slice.Select(chunk =>
                BatchBlobs.ReadAsync(storage.Batch, BatchLayout.ChunkPartial(input.Work, chunk), BatchJsonContext.Default.BatchPartial, cancellationToken)));
            foreach (var partial in partials)
            {
                merged = PartialMerger.Merge(merged, partial, options.Value.ReconciliationExamples, options.Value.TopRiskyAccounts);
            }
        }

        string chunkSet = BatchHashes.ShortId(Encoding.UTF8.GetBytes(string.Join(',', chunks.Select(c => c.ToString(CultureInfo.InvariantCulture)))));
        string name = BatchLayout.Merged(input.Work, chunkSet);
        await BatchBlobs.UploadIfAbsentAsync(storage.Batch, name, JsonSerializer.SerializeToUtf8Bytes(merged, BatchJsonContext.Default.BatchPartial), cancellationToken);
        return new MergedPartial(name, merged.Chunks, merged.Records, merged.Events);
    }
}
