namespace Tidewater.Storage;

/// <summary>How a queue message body is turned into the message text on the wire.</summary>
public enum QueueMessageEncoding
{
    /// <summary>
    /// The body bytes are sent as Base64 text: what the Azure Functions queue trigger expects by default.
    /// </summary>
    Base64,

    /// <summary>The body is sent as its UTF-8 text, XML-escaped in the request envelope.</summary>
    None,
}
