using Azure;
using Tidewater.Orchestration.Engine.History;
using Tidewater.Storage;

namespace Tidewater.Orchestration.Engine.Persistence;

/// <summary>
/// The history of one execution: append blobs <c>history/{key}/{executionId}/{n}.ndjson</c>, written one episode per
/// append (several blocks only when an episode exceeds 4 MiB). A new segment starts when the service's block limit
/// per append blob is reached.
/// </summary>
/// <remarks>
/// Every append is conditional on the length this log last saw (<c>x-ms-blob-condition-appendpos</c>), so a lost
/// response, a retried request or another writer can never interleave lines: the append fails instead, and the
/// owner reopens the log. After any failed append this object must be discarded.
/// </remarks>
internal sealed class HistoryLog
{
    private readonly BlobContainerClient _container;
    private readonly string _instanceId;
    private readonly string _executionId;
    private int _segment;
    private long _length;
    private bool _created;

    private HistoryLog(BlobContainerClient container, string instanceId, string executionId)
    {
        _container = container;
        _instanceId = instanceId;
        _executionId = executionId;
    }

    /// <summary>The log of an execution that has no history yet.</summary>
    public static HistoryLog CreateNew(BlobContainerClient container, string instanceId, string executionId) =>
        new(container, instanceId, executionId);

    /// <summary>Reads the execution's history (complete episodes only) and returns a log positioned at its end.</summary>
    public static async Task<(HistoryLog Log, List<HistoryEvent> Events)> OpenAsync(BlobContainerClient container,
        string instanceId, string executionId, CancellationToken cancellationToken)
    {
        var log = new HistoryLog(container, instanceId, executionId);
        var names = new List<string>();
        await foreach (var item in container.ListBlobsAsync(BlobLayout.ExecutionPrefix(instanceId, executionId), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            names.Add(item.Name);
        }

        names.Sort(StringComparer.Ordinal);
        var contents = new List<ReadOnlyMemory<byte>>(names.Count);
        foreach (var name in names)
        {
            var download = await container.GetAppendBlobClient(name).DownloadAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            contents.Add(download.Content.ToMemory());
        }

        if (names.Count > 0)
        {
            log._segment = names.Count - 1;
            log._length = contents[^1].Length;
            log._created = true;
        }

        return (log, HistoryCodec.Decode(contents));
    }

    /// <summary>Appends one episode durably.</summary>
    /// <exception cref="RequestFailedException">The service failed the write; discard this log and reopen it.</exception>
    public async Task AppendAsync(IReadOnlyList<HistoryEvent> episode, CancellationToken cancellationToken)
    {
        var content = HistoryCodec.Encode(episode);
        while (true)
        {
            var blob = _container.GetAppendBlobClient(BlobLayout.HistorySegment(_instanceId, _executionId, _segment));
            if (!_created)
            {
                await CreateSegmentAsync(blob, cancellationToken).ConfigureAwait(false);
            }

            try
            {
                for (var offset = 0; offset < content.Length; offset += AppendBlobClient.MaxAppendBlockBytes)
                {
                    var block = content.Slice(offset, Math.Min(AppendBlobClient.MaxAppendBlockBytes, content.Length - offset));
                    await blob.AppendBlockAsync(block, _length, cancellationToken: cancellationToken).ConfigureAwait(false);
                    _length += block.Length;
                }

                return;
            }
            catch (RequestFailedException e) when (e.ErrorCode == StorageErrors.BlockCountExceedsLimit)
            {
                // Full: any part of the episode written here is an incomplete episode; write it whole in the next segment.
                _segment++;
                _created = false;
            }
        }
    }

    private async Task CreateSegmentAsync(AppendBlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            await blob.CreateAsync(BlobRequestConditions.IfNotExists(), contentType: "application/x-ndjson", cancellationToken: cancellationToken).ConfigureAwait(false);
            _length = 0;
        }
        catch (RequestFailedException e) when (e.ErrorCode == StorageErrors.BlobAlreadyExists)
        {
            // An earlier attempt created it and its response was lost.
            _length = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).ContentLength;
        }

        _created = true;
    }
}
