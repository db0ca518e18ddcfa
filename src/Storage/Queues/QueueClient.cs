using Azure;
using Azure.Core;

namespace Tidewater.Storage;

/// <summary>One storage queue: create it, send, receive, update and delete messages.</summary>
/// <remarks>Messages are handled in <c>QueueClient.Messages.cs</c>.</remarks>
public partial class QueueClient
{
    private readonly StoragePipeline _pipeline = null!;
    private readonly Uri _messagesUri = null!;

    internal QueueClient(Uri uri, string name, QueueMessageEncoding encoding, StoragePipeline pipeline)
    {
        Uri = uri;
        Name = name;
        Encoding = encoding;
        _pipeline = pipeline;
        _messagesUri = new Uri(uri.AbsoluteUri + "/messages");
    }

    /// <summary>For mocking only.</summary>
    protected QueueClient()
    {
        Uri = new Uri("http://localhost/");
        Name = string.Empty;
    }

    /// <summary>The queue name.</summary>
    public string Name { get; }

    /// <summary>The queue URI.</summary>
    public Uri Uri { get; }

    /// <summary>How message bodies are encoded into message text.</summary>
    public QueueMessageEncoding Encoding { get; }

    /// <summary>Creates the queue if it does not exist.</summary>
    /// <returns><see langword="true"/> if this call created it.</returns>
    /// <exception cref="RequestFailedException">The service failed the request.</exception>
    public virtual async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Put, Uri);
        var response = await _pipeline.SendUncheckedAsync(message, cancellationToken).ConfigureAwait(false);
        if (StoragePipeline.IsFailure(response, StorageErrors.QueueAlreadyExists))
        {
            return false;
        }

        // 201 Created, or 204 No Content when it already exists with the same metadata.
        return StoragePipeline.IsFailure(response) ? throw StoragePipeline.CreateException(response) : response.Status == 201;
    }

    /// <summary>Deletes the queue and its messages if it exists.</summary>
    /// <returns><see langword="true"/> if the queue existed.</returns>
    /// <exception cref="RequestFailedException">The service failed the request.</exception>
    public virtual async Task<bool> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Delete, Uri);
        var response = await _pipeline.SendUncheckedAsync(message, cancellationToken).ConfigureAwait(false);
        if (StoragePipeline.IsFailure(response, StorageErrors.QueueNotFound))
        {
            return false;
        }

        return StoragePipeline.IsFailure(response) ? throw StoragePipeline.CreateException(response) : true;
    }

    /// <summary>Gets the approximate number of messages in the queue (visible and invisible).</summary>
    /// <exception cref="RequestFailedException">The service failed the request, e.g. <see cref="StorageErrors.QueueNotFound"/>.</exception>
    public virtual async Task<int> GetApproximateMessageCountAsync(CancellationToken cancellationToken = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Get, Uri);
        message.Request.Uri.AppendQuery("comp", "metadata");
        var response = await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return (int)response.GetRequiredInt64("x-ms-approximate-messages-count");
    }
}
