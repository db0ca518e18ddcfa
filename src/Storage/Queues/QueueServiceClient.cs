namespace Tidewater.Storage;

/// <summary>The Queue service of a storage account. Hands out <see cref="QueueClient"/>s that share its pipeline.</summary>
public class QueueServiceClient
{
    private readonly StoragePipeline _pipeline = null!;

    internal QueueServiceClient(Uri uri, StoragePipeline pipeline)
    {
        Uri = uri;
        _pipeline = pipeline;
    }

    /// <summary>For mocking only.</summary>
    protected QueueServiceClient()
    {
        Uri = new Uri("http://localhost/");
    }

    /// <summary>The Queue service endpoint.</summary>
    public Uri Uri { get; }

    /// <summary>Gets a client for one queue. Does not call the service.</summary>
    /// <param name="queueName">The queue name (3-63 lowercase letters, digits and '-').</param>
    /// <param name="encoding">How message bodies are encoded. The default is <see cref="QueueMessageEncoding.Base64"/>,
    /// what the Functions queue trigger expects.</param>
    public virtual QueueClient GetQueueClient(string queueName, QueueMessageEncoding encoding = QueueMessageEncoding.Base64)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        return new QueueClient(StorageUris.AppendSegment(Uri, queueName), queueName, encoding, _pipeline);
    }
}
