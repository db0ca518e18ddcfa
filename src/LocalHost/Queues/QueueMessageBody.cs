using Azure.Storage.Queues;

namespace Tidewater.LocalHost.Queues;

/// <summary>Turns a received message's wire text into its body, per the trigger's <c>messageEncoding</c>.</summary>
public static class QueueMessageBody
{
    /// <summary>Decodes <paramref name="messageText"/> into the body bytes.</summary>
    /// <param name="messageText">The message text exactly as on the wire.</param>
    /// <param name="encoding">How the sender encoded the body.</param>
    /// <param name="body">The body; empty when this returns <see langword="false"/>.</param>
    /// <returns><see langword="false"/> when <paramref name="encoding"/> is Base64 and the text is not valid Base64.</returns>
    public static bool TryDecode(string messageText, QueueMessageEncoding encoding, out BinaryData body)
    {
        ArgumentNullException.ThrowIfNull(messageText);
        if (encoding == QueueMessageEncoding.None)
        {
            body = BinaryData.FromString(messageText);
            return true;
        }

        var buffer = new byte[(messageText.Length / 4 * 3) + 3];
        if (Convert.TryFromBase64String(messageText, buffer, out var written))
        {
            body = new BinaryData(buffer.AsMemory(0, written));
            return true;
        }

        body = BinaryData.Empty;
        return false;
    }
}
