using System.Globalization;
using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Tidewater.App.Storage;

/// <summary>
/// Whole-blob and range reads into one array of exactly the response's length, and reads that treat a missing blob
/// (or container) as absent rather than as a failure.
/// </summary>
/// <remarks>
/// The SDK's <c>DownloadContentAsync</c> copies the body through a growing buffer (about twice the body in
/// large-object-heap garbage per read); reading the streaming download into an array of its <c>Content-Length</c>
/// is one allocation and one copy. See "Storage through the Azure SDK" in docs/decisions.md.
/// </remarks>
public static class BlobReads
{
    /// <summary>The blob's content (or <paramref name="range"/> of it) and properties.</summary>
    /// <param name="blob">The blob.</param>
    /// <param name="range">The bytes wanted; the default is the whole blob.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="RequestFailedException">The service failed the request, e.g. <c>BlobNotFound</c>.</exception>
    /// <exception cref="IOException">The body ended before its announced length.</exception>
    public static async Task<BlobDownloadResult> DownloadExactAsync(this BlobBaseClient blob, HttpRange range = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var response = await blob.DownloadStreamingAsync(new BlobDownloadOptions { Range = range }, cancellationToken);
        using var download = response.Value;
        var content = GC.AllocateUninitializedArray<byte>(CheckedLength(download.Details.ContentLength));
        await ReadExactlyAsync(download.Content, content, cancellationToken);
        return BlobsModelFactory.BlobDownloadResult(new BinaryData(content), download.Details);
    }

    /// <summary>The blob's content and properties, or <see langword="null"/> when it (or its container) does not exist.</summary>
    /// <exception cref="RequestFailedException">The service failed the request for another reason.</exception>
    public static async Task<BlobDownloadResult?> DownloadIfExistsAsync(this BlobBaseClient blob, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        try
        {
            return await blob.DownloadExactAsync(cancellationToken: cancellationToken);
        }
        catch (RequestFailedException ex) when (IsMissing(ex))
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="exception"/> says the blob or its container does not exist.</summary>
    public static bool IsMissing(RequestFailedException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Status == 404
            && (exception.ErrorCode == BlobErrorCode.BlobNotFound || exception.ErrorCode == BlobErrorCode.ContainerNotFound);
    }

    /// <summary>A response length as an array length.</summary>
    /// <exception cref="IOException">The body does not fit in one array.</exception>
    internal static int CheckedLength(long contentLength) => contentLength <= Array.MaxLength
        ? (int)contentLength
        : throw new IOException(string.Create(CultureInfo.InvariantCulture, $"A body of {contentLength} bytes does not fit in one array."));

    /// <summary>Fills <paramref name="buffer"/> from <paramref name="body"/>.</summary>
    /// <exception cref="IOException">The body ended first.</exception>
    internal static async Task ReadExactlyAsync(Stream body, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        int read = await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        if (read < buffer.Length)
        {
            throw new IOException(string.Create(CultureInfo.InvariantCulture, $"The response body ended after {read} of {buffer.Length} bytes."));
        }
    }
}
