using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Core;

namespace Tidewater.Storage;

public partial class BlobContainerClient
{
    /// <summary>The largest page the service returns.</summary>
    public const int MaxPageSize = 5000;

    /// <summary>Lists the blobs of the container in name order, following the service's continuation markers.</summary>
    /// <param name="prefix">Only blobs whose names start with this; null for all.</param>
    /// <param name="includeMetadata">Also return each blob's metadata. The default is false.</param>
    /// <param name="pageSizeHint">Blobs per request (1 to <see cref="MaxPageSize"/>). The default is the service's: 5000.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <exception cref="RequestFailedException">The service failed a request, e.g. <see cref="StorageErrors.ContainerNotFound"/>.</exception>
    public virtual async IAsyncEnumerable<BlobItem> ListBlobsAsync(string? prefix = null, bool includeMetadata = false,
        int? pageSizeHint = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (pageSizeHint is { } size)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(size, 1, nameof(pageSizeHint));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(size, MaxPageSize, nameof(pageSizeHint));
        }

        string? marker = null;
        do
        {
            BlobListXml.Page page;
            using (var message = CreateListMessage(prefix, includeMetadata, pageSizeHint, marker))
            {
                var response = await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
                page = BlobListXml.Read(response);
            }

            foreach (var item in page.Items)
            {
                yield return item;
            }

            marker = page.NextMarker;
        }
        while (!string.IsNullOrEmpty(marker));
    }

    private HttpMessage CreateListMessage(string? prefix, bool includeMetadata, int? pageSize, string? marker)
    {
        var message = CreateContainerMessage(RequestMethod.Get);
        var uri = message.Request.Uri;
        uri.AppendQuery("comp", "list");
        if (!string.IsNullOrEmpty(prefix))
        {
            uri.AppendQuery("prefix", prefix, escapeValue: true);
        }

        if (includeMetadata)
        {
            uri.AppendQuery("include", "metadata");
        }

        if (pageSize is { } size)
        {
            uri.AppendQuery("maxresults", size.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(marker))
        {
            uri.AppendQuery("marker", marker, escapeValue: true);
        }

        return message;
    }
}
