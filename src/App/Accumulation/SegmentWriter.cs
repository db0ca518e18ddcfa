using System.Globalization;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Tidewater.App.Accumulation;

/// <summary>Appends whole blocks of record lines to one append blob and closes it with its count, size and hash.</summary>
/// <remarks>
/// Only this object appends to its blob, so the expected append position is always known. Every append carries
/// it as a condition: a retry of an append whose first attempt landed fails the condition instead of writing the
/// block twice, and the blob length then tells whether the block is in. After any failure the segment is marked
/// broken and never appended to again; it stays readable (blocks are atomic, so it holds only whole lines) but is
/// left unclosed.
/// </remarks>
internal sealed class SegmentWriter(AppendBlobClient blob, WindowKey window, string writerId) : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private bool _created;

    public WindowKey Window => window;

    public long Bytes { get; private set; }

    public int Blocks { get; private set; }

    public long Items { get; private set; }

    public bool IsBroken { get; private set; }

    public async Task AppendAsync(ReadOnlyMemory<byte> block, int items, CancellationToken cancellationToken)
    {
        bool succeeded = false;
        try
        {
            if (!_created)
            {
                var metadata = new Dictionary<string, string>
                {
                    [SegmentLayout.SchemaKey] = AccumulationRecordFormat.SchemaVersion.ToString(CultureInfo.InvariantCulture),
                    [SegmentLayout.WindowKeyName] = window.Id,
                    [SegmentLayout.WriterKey] = writerId,
                };
                var create = new AppendBlobCreateOptions
                {
                    Conditions = new AppendBlobRequestConditions { IfNoneMatch = ETag.All },
                    Metadata = metadata,
                    HttpHeaders = new BlobHttpHeaders { ContentType = "application/x-ndjson" },
                };
                await blob.CreateAsync(create, cancellationToken);
                _created = true;
            }

            await AppendConditionallyAsync(block, cancellationToken);
            Bytes += block.Length;
            Blocks++;
            Items += items;
            _hash.AppendData(block.Span);
            succeeded = true;
        }
        finally
        {
            IsBroken |= !succeeded;
        }
    }

    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        if (!_created || IsBroken)
        {
            return;
        }

        var metadata = new Dictionary<string, string>
        {
            [SegmentLayout.SchemaKey] = AccumulationRecordFormat.SchemaVersion.ToString(CultureInfo.InvariantCulture),
            [SegmentLayout.WindowKeyName] = window.Id,
            [SegmentLayout.WriterKey] = writerId,
            [SegmentLayout.ItemsKey] = Items.ToString(CultureInfo.InvariantCulture),
            [SegmentLayout.BytesKey] = Bytes.ToString(CultureInfo.InvariantCulture),
            [SegmentLayout.Sha256Key] = Convert.ToHexStringLower(_hash.GetCurrentHash()),
        };
        await blob.SetMetadataAsync(metadata, cancellationToken: cancellationToken);
    }

    public void Dispose() => _hash.Dispose();

    private async Task AppendConditionallyAsync(ReadOnlyMemory<byte> block, CancellationToken cancellationToken)
    {
        try
        {
            // The stream reads the caller's memory in place and is rewound for each retry.
            using var content = new BinaryData(block).ToStream();
            var append = new AppendBlobAppendBlockOptions { Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = Bytes } };
            await blob.AppendBlockAsync(content, append, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.AppendPositionConditionNotMet)
        {
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            if (properties.ContentLength != Bytes + block.Length)
            {
                throw;
            }

            // An earlier attempt of this very append landed and only its response was lost.
        }
    }
}
