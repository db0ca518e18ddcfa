using System.Buffers;
using System.Diagnostics;
using Azure;
using Azure.Storage.Blobs.Specialized;

namespace Tidewater.App.Accumulation;

public sealed partial class AccumulationWriter
{
    private readonly List<PendingAppend> _blockMembers = [];

    private async Task CommitBatchAsync()
    {
        // Usually one window; at a window boundary two.
        foreach (var group in _batch.GroupBy(p => p.Window))
        {
            _block.ResetWrittenCount();
            _blockMembers.Clear();
            try
            {
                foreach (var pending in group)
                {
                    if (pending.Lines.Length > MaxBlockBytes)
                    {
                        await FlushBlockAsync(group.Key);
                        await AppendOversizedAsync(group.Key, pending);
                        continue;
                    }

                    if (_block.WrittenCount + pending.Lines.Length > MaxBlockBytes)
                    {
                        await FlushBlockAsync(group.Key);
                    }

                    _block.Write(pending.Lines.Span);
                    _blockMembers.Add(pending);
                }

                await FlushBlockAsync(group.Key);
            }
            catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or IOException or OperationCanceledException)
            {
                Log.AppendFailed(_logger, ex, group.Key.Id);
                var failure = new StorageUnavailableException("Events could not be stored durably.", ex);
                foreach (var pending in group)
                {
                    pending.Completion.TrySetException(failure);
                }
            }
        }
    }

    private async Task FlushBlockAsync(WindowKey window)
    {
        if (_block.WrittenCount == 0)
        {
            return;
        }

        int items = 0;
        foreach (var member in _blockMembers)
        {
            items += member.Items;
        }

        using (AppendSpans.StartBlock(_blockMembers, items))
        {
            await AppendBlockAsync(window, _block.WrittenMemory, items, _blockMembers.Count);
        }

        foreach (var member in _blockMembers)
        {
            AppendSpans.TagGroup(member, _blockMembers.Count);
            member.Completion.TrySetResult();
        }

        _block.ResetWrittenCount();
        _blockMembers.Clear();
    }

    private async Task AppendOversizedAsync(WindowKey window, PendingAppend pending)
    {
        // Split at line boundaries; each piece is whole lines, so a reader never sees half a record.
        var remaining = pending.Lines;
        while (!remaining.IsEmpty)
        {
            int cut = remaining.Length <= MaxBlockBytes
                ? remaining.Length
                : remaining.Span[..MaxBlockBytes].LastIndexOf((byte)'\n') + 1;
            if (cut <= 0)
            {
                throw new InvalidOperationException("A single record is larger than an append block.");
            }

            var piece = remaining[..cut];
            int pieceItems = piece.Span.Count((byte)'\n');
            using (AppendSpans.StartBlock([pending], pieceItems))
            {
                await AppendBlockAsync(window, piece, pieceItems, 1);
            }

            remaining = remaining[cut..];
        }

        AppendSpans.TagGroup(pending, 1);
        pending.Completion.TrySetResult();
    }

    private async Task AppendBlockAsync(WindowKey window, ReadOnlyMemory<byte> block, int items, int calls)
    {
        long started = _time.GetTimestamp();
        bool appended = false;
        try
        {
            var segment = await CurrentSegmentAsync(window);
            try
            {
                await segment.AppendAsync(block, items, CancellationToken.None);
            }
            finally
            {
                if (segment.IsBroken)
                {
                    _open.Remove(window);
                    segment.Dispose();
                }
            }

            appended = true;
        }
        finally
        {
            _metrics.Append(calls, _time.GetElapsedTime(started), appended);
            if (!appended)
            {
                Activity.Current?.SetStatus(ActivityStatusCode.Error);
            }
        }

        ItemsWritten += items;
    }

    private async Task<SegmentWriter> CurrentSegmentAsync(WindowKey window)
    {
        if (_open.TryGetValue(window, out var segment))
        {
            if (segment.Blocks < _options.SegmentMaxBlocks && segment.Bytes < _options.SegmentMaxBytes)
            {
                return segment;
            }

            _open.Remove(window);
            await CloseQuietlyAsync(segment);
        }

        int sequence = _nextSequence.GetValueOrDefault(window);
        _nextSequence[window] = sequence + 1;
        var name = SegmentLayout.SegmentName(window, WriterId, sequence);
        segment = new SegmentWriter(_container.GetAppendBlobClient(name), window, WriterId);
        _open[window] = segment;
        Log.SegmentOpened(_logger, name);
        return segment;
    }

    private async Task CloseEndedWindowsAsync()
    {
        var now = _time.GetUtcNow();
        foreach (var (window, segment) in _open.Where(e => e.Key.End <= now).ToList())
        {
            _open.Remove(window);
            await CloseQuietlyAsync(segment);
        }

        foreach (var window in _nextSequence.Keys.Where(w => _clock.AppendDeadline(w) < now).ToList())
        {
            _nextSequence.Remove(window);
        }
    }

    private async Task CloseQuietlyAsync(SegmentWriter segment)
    {
        try
        {
            await segment.CloseAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or IOException)
        {
            // An unclosed segment is still complete and readable; the batch counts it itself.
            Log.CloseFailed(_logger, ex, segment.Window.Id);
        }
        finally
        {
            segment.Dispose();
        }
    }
}
