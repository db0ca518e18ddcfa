using System.Globalization;
using Azure;
using Azure.Core;

namespace Tidewater.Storage;

public partial class QueueClient
{
    /// <summary>A time-to-live that never expires (sent as <c>messagettl=-1</c>).</summary>
    public static readonly TimeSpan NeverExpires = TimeSpan.FromSeconds(-1);

    /// <summary>The most messages one receive call can return.</summary>
    public const int MaxMessagesPerReceive = 32;

    private static readonly TimeSpan MaxVisibilityTimeout = TimeSpan.FromDays(7);

    /// <summary>Adds a message to the queue.</summary>
    /// <param name="body">The body, encoded per <see cref="Encoding"/>.</param>
    /// <param name="visibilityDelay">How long the message stays invisible (0 to 7 days). The default is 0.</param>
    /// <param name="timeToLive">How long the message lives (at least 1 second, or <see cref="NeverExpires"/>).
    /// The default is the service's: 7 days.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentOutOfRangeException">A time span is out of range.</exception>
    /// <exception cref="RequestFailedException">The service failed the request.</exception>
    public virtual async Task<SendReceipt> SendMessageAsync(BinaryData body, TimeSpan? visibilityDelay = null,
        TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (visibilityDelay is { } delay)
        {
            CheckRange(delay, TimeSpan.Zero, nameof(visibilityDelay));
        }

        if (timeToLive is { } ttl && ttl != NeverExpires && ttl < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(timeToLive), "The time-to-live must be at least 1 second, or QueueClient.NeverExpires.");
        }

        var text = Encoding == QueueMessageEncoding.Base64 ? Convert.ToBase64String(body.ToMemory().Span) : body.ToString();
        using var message = _pipeline.CreateMessage(RequestMethod.Post, _messagesUri);
        var request = message.Request;
        if (visibilityDelay is { } visibility)
        {
            request.Uri.AppendQuery("visibilitytimeout", Seconds(visibility));
        }

        if (timeToLive is { } messageTtl)
        {
            request.Uri.AppendQuery("messagettl", Seconds(messageTtl));
        }

        request.Headers.SetValue("Content-Type", "application/xml");
        request.Content = RequestContent.Create(QueueMessageXml.CreateEnvelope(text));
        var response = await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return QueueMessageXml.ReadSendReceipt(response);
    }

    /// <summary>Receives up to <paramref name="maxMessages"/> visible messages and hides them for the visibility timeout.</summary>
    /// <param name="maxMessages">1 to <see cref="MaxMessagesPerReceive"/>. The default is 1.</param>
    /// <param name="visibilityTimeout">1 second to 7 days. The default is the service's: 30 seconds.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The messages; empty when none is visible.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    /// <exception cref="RequestFailedException">The service failed the request.</exception>
    public virtual async Task<IReadOnlyList<QueueMessage>> ReceiveMessagesAsync(int maxMessages = 1,
        TimeSpan? visibilityTimeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, MaxMessagesPerReceive);
        using var message = _pipeline.CreateMessage(RequestMethod.Get, _messagesUri);
        message.Request.Uri.AppendQuery("numofmessages", maxMessages.ToString(CultureInfo.InvariantCulture));
        if (visibilityTimeout is { } visibility)
        {
            CheckRange(visibility, TimeSpan.FromSeconds(1), nameof(visibilityTimeout));
            message.Request.Uri.AppendQuery("visibilitytimeout", Seconds(visibility));
        }

        var response = await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return QueueMessageXml.ReadMessages(response);
    }

    /// <summary>Deletes a received message.</summary>
    /// <param name="messageId">The message id.</param>
    /// <param name="popReceipt">The pop receipt of the latest receive or update.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="RequestFailedException">The service failed the request, e.g. <see cref="StorageErrors.MessageNotFound"/>.</exception>
    public virtual async Task DeleteMessageAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessageRequest(RequestMethod.Delete, messageId, popReceipt);
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes how long a received message stays invisible; its content is unchanged.</summary>
    /// <param name="messageId">The message id.</param>
    /// <param name="popReceipt">The pop receipt of the latest receive or update.</param>
    /// <param name="visibilityTimeout">0 (visible now) to 7 days.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new pop receipt and visibility time.</returns>
    /// <exception cref="RequestFailedException">The service failed the request, e.g. <see cref="StorageErrors.MessageNotFound"/>.</exception>
    public virtual async Task<UpdateReceipt> UpdateMessageAsync(string messageId, string popReceipt, TimeSpan visibilityTimeout,
        CancellationToken cancellationToken = default)
    {
        CheckRange(visibilityTimeout, TimeSpan.Zero, nameof(visibilityTimeout));
        using var message = CreateMessageRequest(RequestMethod.Put, messageId, popReceipt);
        message.Request.Uri.AppendQuery("visibilitytimeout", Seconds(visibilityTimeout));
        var response = await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return new UpdateReceipt(
            response.GetRequiredHeader("x-ms-popreceipt"),
            response.GetRequiredDate("x-ms-time-next-visible"));
    }

    private HttpMessage CreateMessageRequest(RequestMethod method, string messageId, string popReceipt)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        var message = _pipeline.CreateMessage(method, _messagesUri);
        message.Request.Uri.AppendPath("/", escape: false);
        message.Request.Uri.AppendPath(messageId, escape: true);
        message.Request.Uri.AppendQuery("popreceipt", popReceipt, escapeValue: true);
        return message;
    }

    private static void CheckRange(TimeSpan value, TimeSpan minimum, string parameterName)
    {
        if (value < minimum || value > MaxVisibilityTimeout)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"Must be between {minimum} and 7 days.");
        }
    }

    private static string Seconds(TimeSpan value) =>
        ((long)value.TotalSeconds).ToString(CultureInfo.InvariantCulture);
}
