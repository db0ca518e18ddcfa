using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Azure;

namespace Tidewater.Storage;

/// <summary>The XML bodies of the Queue service: the message envelope and the message lists it returns.</summary>
internal static class QueueMessageXml
{
    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        OmitXmlDeclaration = true,
        NewLineHandling = NewLineHandling.Entitize, // keep '\r' in None-encoded text from being normalized away
        CheckCharacters = true,
    };

    /// <summary><c>&lt;QueueMessage&gt;&lt;MessageText&gt;…&lt;/MessageText&gt;&lt;/QueueMessage&gt;</c> as UTF-8.</summary>
    /// <exception cref="ArgumentException">The text has characters XML cannot carry (use Base64 encoding).</exception>
    public static BinaryData CreateEnvelope(string text)
    {
        using var stream = new MemoryStream(text.Length + 64);
        try
        {
            using (var writer = XmlWriter.Create(stream, WriterSettings))
            {
                writer.WriteStartElement("QueueMessage");
                writer.WriteElementString("MessageText", text);
                writer.WriteEndElement();
            }
        }
        catch (ArgumentException exception)
        {
            throw new ArgumentException(
                "The message text has characters that XML cannot carry; send it with QueueMessageEncoding.Base64.",
                "body", exception);
        }

        return new BinaryData(stream.GetBuffer().AsMemory(0, (int)stream.Length));
    }

    public static SendReceipt ReadSendReceipt(Response response)
    {
        var element = Load(response).Elements("QueueMessage").FirstOrDefault()
            ?? throw new InvalidOperationException("The Put Message response has no QueueMessage element.");
        return new SendReceipt(
            Required(element, "MessageId"),
            Required(element, "PopReceipt"),
            Date(element, "InsertionTime"),
            Date(element, "TimeNextVisible"));
    }

    public static IReadOnlyList<QueueMessage> ReadMessages(Response response)
    {
        var messages = new List<QueueMessage>();
        foreach (var element in Load(response).Elements("QueueMessage"))
        {
            var expiration = element.Element("ExpirationTime")?.Value;
            messages.Add(new QueueMessage(
                Required(element, "MessageId"),
                Required(element, "PopReceipt"),
                element.Element("MessageText")?.Value ?? string.Empty,
                long.Parse(Required(element, "DequeueCount"), NumberStyles.Integer, CultureInfo.InvariantCulture),
                Date(element, "InsertionTime"),
                string.IsNullOrEmpty(expiration) ? null : ResponseExtensions.ParseHttpDate(expiration),
                Date(element, "TimeNextVisible")));
        }

        return messages;
    }

    private static XElement Load(Response response)
    {
        using var stream = response.Content.ToStream();
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace).Root
            ?? throw new InvalidOperationException("The queue response has no XML body.");
    }

    private static string Required(XElement element, string name) =>
        element.Element(name)?.Value
            ?? throw new InvalidOperationException($"The queue message XML has no {name} element.");

    private static DateTimeOffset Date(XElement element, string name) =>
        ResponseExtensions.ParseHttpDate(Required(element, name));
}
