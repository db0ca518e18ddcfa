using Azure.Core;
using Azure.Core.Pipeline;

namespace Tidewater.Storage;

/// <summary>
/// Where a storage account is and how to authenticate to it: the account key (Shared Key) from a connection string,
/// or a <see cref="TokenCredential"/> (Microsoft Entra ID). Creates the service clients.
/// </summary>
/// <remarks>
/// Build one with <see cref="Parse"/>, <see cref="FromConfiguration"/> or <see cref="FromTokenCredential"/>.
/// Each service client owns one HTTP pipeline, shared by every queue, container and blob client it hands out:
/// create service clients once and keep them.
/// </remarks>
public sealed partial class StorageConnection
{
    /// <summary>The OAuth scope requested for Azure Storage tokens.</summary>
    public const string TokenScope = "https://storage.azure.com/.default";

    private readonly SharedKeyCredential? _sharedKey;

    private StorageConnection(Uri? blobServiceUri, Uri? queueServiceUri, string? accountName,
        SharedKeyCredential? sharedKey, TokenCredential? tokenCredential)
    {
        BlobServiceUri = blobServiceUri is null ? null : StorageUris.Normalize(blobServiceUri);
        QueueServiceUri = queueServiceUri is null ? null : StorageUris.Normalize(queueServiceUri);
        AccountName = accountName;
        _sharedKey = sharedKey;
        TokenCredential = tokenCredential;
    }

    /// <summary>The Blob service endpoint, or <see langword="null"/> when the connection has none.</summary>
    public Uri? BlobServiceUri { get; }

    /// <summary>The Queue service endpoint, or <see langword="null"/> when the connection has none.</summary>
    public Uri? QueueServiceUri { get; }

    /// <summary>The storage account name, when known.</summary>
    public string? AccountName { get; }

    /// <summary>The token credential of an identity-based connection; <see langword="null"/> with Shared Key.</summary>
    internal TokenCredential? TokenCredential { get; }

    /// <summary>The user-assigned managed identity client id read from configuration, if any (for tests).</summary>
    internal string? ManagedIdentityClientId { get; private init; }

    /// <summary>Creates a connection that authenticates with Microsoft Entra ID tokens.</summary>
    /// <param name="blobServiceUri">The Blob endpoint, e.g. <c>https://acct.blob.core.windows.net</c>, or null.</param>
    /// <param name="queueServiceUri">The Queue endpoint, e.g. <c>https://acct.queue.core.windows.net</c>, or null.</param>
    /// <param name="credential">The credential; tokens are requested for <see cref="TokenScope"/>.</param>
    /// <exception cref="ArgumentException">Both endpoints are null, or one is not an absolute URI.</exception>
    public static StorageConnection FromTokenCredential(Uri? blobServiceUri, Uri? queueServiceUri, TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        if (blobServiceUri is null && queueServiceUri is null)
        {
            throw new ArgumentException("At least one of the blob and queue service URIs is required.", nameof(blobServiceUri));
        }

        RequireAbsolute(blobServiceUri, nameof(blobServiceUri));
        RequireAbsolute(queueServiceUri, nameof(queueServiceUri));
        var accountName = StorageUris.GetAccountName((blobServiceUri ?? queueServiceUri)!);
        return new StorageConnection(blobServiceUri, queueServiceUri, accountName, null, credential);
    }

    /// <summary>Creates a client for the Queue service.</summary>
    /// <param name="options">Pipeline options; null uses the defaults of <see cref="StorageClientOptions"/>.</param>
    /// <exception cref="InvalidOperationException">The connection has no queue endpoint.</exception>
    public QueueServiceClient CreateQueueServiceClient(StorageClientOptions? options = null)
    {
        var uri = QueueServiceUri ?? throw new InvalidOperationException("The storage connection has no queue endpoint.");
        return new QueueServiceClient(uri, CreatePipeline(options ?? new StorageClientOptions()));
    }

    /// <summary>Creates a client for the Blob service.</summary>
    /// <param name="options">Pipeline options; null uses the defaults of <see cref="StorageClientOptions"/>.</param>
    /// <exception cref="InvalidOperationException">The connection has no blob endpoint.</exception>
    public BlobServiceClient CreateBlobServiceClient(StorageClientOptions? options = null)
    {
        var uri = BlobServiceUri ?? throw new InvalidOperationException("The storage connection has no blob endpoint.");
        return new BlobServiceClient(uri, CreatePipeline(options ?? new StorageClientOptions()));
    }

    private StoragePipeline CreatePipeline(StorageClientOptions options)
    {
        HttpPipelinePolicy authentication = _sharedKey is not null
            ? new SharedKeyCredentialPolicy(_sharedKey, options.TimeProvider)
            : new BearerTokenAuthenticationPolicy(TokenCredential!, TokenScope);
        return StoragePipeline.Create(options, authentication);
    }

    private static void RequireAbsolute(Uri? uri, string parameterName)
    {
        if (uri is not null && (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            throw new ArgumentException("The service URI must be an absolute http(s) URI.", parameterName);
        }
    }
}
