namespace Tidewater.Storage;

/// <summary>A received queue message.</summary>
/// <param name="MessageId">The message id.</param>
/// <param name="PopReceipt">The receipt needed to delete or update the message; each receive or update changes it.</param>
/// <param name="MessageText">The message text exactly as on the wire (XML-unescaped, not decoded).</param>
/// <param name="DequeueCount">How many times the message has been received.</param>
/// <param name="InsertedOn">When the message was added.</param>
/// <param name="ExpiresOn">When the message expires (year 9999 for a message that never expires).</param>
/// <param name="NextVisibleOn">When the message becomes visible again.</param>
public sealed record QueueMessage(
    string MessageId,
    string PopReceipt,
    string MessageText,
    long DequeueCount,
    DateTimeOffset InsertedOn,
    DateTimeOffset? ExpiresOn,
    DateTimeOffset NextVisibleOn)
{
    /// <summary>Decodes <see cref="MessageText"/> into the body bytes.</summary>
    /// <param name="encoding">How the sender encoded the body.</param>
    /// <param name="body">The body; empty when this returns <see langword="false"/>.</param>
    /// <returns><see langword="false"/> when <paramref name="encoding"/> is Base64 and the text is not valid Base64.</returns>
    public bool TryDecodeBody(QueueMessageEncoding encoding, out BinaryData body)
    {
        if (encoding == QueueMessageEncoding.None)
        {
            body = BinaryData.FromString(MessageText);
            return true;
        }

        var buffer = new byte[(MessageText.Length / 4 * 3) + 3];
        if (Convert.TryFromBase64String(MessageText, buffer, out var written))
        {
            body = new BinaryData(buffer.AsMemory(0, written));
            return true;
        }

        body = BinaryData.Empty;
        return false;
    }
}
