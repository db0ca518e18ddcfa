using Azure;
using Tidewater.Cli.Generation;
using Azure.Storage.Queues;

namespace Tidewater.Cli.Sending;

/// <summary>Sends each batch as one message (base64 JSON, as the Functions queue trigger expects) to a storage queue.</summary>
public sealed class QueueEventSink(QueueClient queue) : IEventSink
{
    /// <inheritdoc />
    public string Description => "queue " + queue.Name + " at " + queue.Uri.GetLeftPart(UriPartial.Authority);

    /// <inheritdoc />
    public bool ReportsDecisions => false;

    /// <inheritdoc />
    public async Task PrepareAsync(CancellationToken cancellationToken) => await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);

    /// <inheritdoc />
    public async Task<SendOutcome> SendAsync(IReadOnlyList<GeneratedEvent> batch, CancellationToken cancellationToken)
    {
        try
        {
            await queue.SendMessageAsync(new BinaryData(EventBatchJson.ToJson(batch)), cancellationToken: cancellationToken);
            return SendOutcome.Accepted(201);
        }
        catch (RequestFailedException ex)
        {
            var status = ex.Status is >= 400 and < 500 ? SendStatus.Rejected : SendStatus.Failed;
            return new SendOutcome(status, ex.Status, default, $"{ex.Status} {ex.ErrorCode}");
        }
        catch (HttpRequestException ex)
        {
            return SendOutcome.Failed(ex.Message);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
