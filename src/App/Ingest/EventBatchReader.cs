using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;
using Tidewater.Domain.Events;
using Tidewater.Domain.Validation;

namespace Tidewater.App.Ingest;

/// <summary>
/// Reads a body (one JSON object, a JSON array, or NDJSON) into events, collecting every problem with its path:
/// <c>$</c> for the body, <c>$[i]</c> for item <c>i</c>, <c>$[i].amount</c> for a field (a single object uses <c>$.amount</c>).
/// </summary>
public static class EventBatchReader
{
    /// <summary>Deepest JSON nesting accepted anywhere in a body.</summary>
    public const int MaxDepth = 32;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = MaxDepth };

    /// <summary>Reads <paramref name="body"/>.</summary>
    public static EventBatch Read(ReadOnlyMemory<byte> body, BodyFormat format, in ValidationContext context, int maxItems)
    {
        if (body.Span.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        if (!Utf8.IsValid(body.Span))
        {
            return EventBatch.Invalid("$", "body is not valid UTF-8");
        }

        return format == BodyFormat.Ndjson ? ReadNdjson(body, context, maxItems) : ReadJson(body, context, maxItems);
    }

    private static EventBatch ReadJson(ReadOnlyMemory<byte> body, in ValidationContext context, int maxItems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return EventBatch.Invalid("$", Malformed(ex));
        }

        using (document)
        {
            var root = document.RootElement;
            switch (root.ValueKind)
            {
                case JsonValueKind.Object:
                    var collector = new Collector(1);
                    collector.Add(root, "$", context);
                    return collector.ToBatch();
                case JsonValueKind.Array:
                    int count = root.GetArrayLength();
                    if (count == 0 || count > maxItems)
                    {
                        return EventBatch.Invalid("$", string.Create(CultureInfo.InvariantCulture, $"must hold 1 to {maxItems} events"));
                    }

                    var items = new Collector(count);
                    int index = 0;
                    foreach (var item in root.EnumerateArray())
                    {
                        items.Add(item, ItemPath(index++), context);
                    }

                    return items.ToBatch();
                default:
                    return EventBatch.Invalid("$", "must be an event object or an array of event objects");
            }
        }
    }

    private static EventBatch ReadNdjson(ReadOnlyMemory<byte> body, in ValidationContext context, int maxItems)
    {
        var collector = new Collector(16);
        int index = 0;
        int start = 0;
        while (start < body.Length)
        {
            int newline = body.Span[start..].IndexOf((byte)'\n');
            int end = newline < 0 ? body.Length : start + newline;
            var line = body[start..end];
            start = end + 1;
            if (line.Span.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            if (index == maxItems)
            {
                return EventBatch.Invalid("$", string.Create(CultureInfo.InvariantCulture, $"must hold 1 to {maxItems} events"));
            }

            string path = ItemPath(index++);
            try
            {
                using var document = JsonDocument.Parse(line, DocumentOptions);
                collector.Add(document.RootElement, path, context);
            }
            catch (JsonException ex)
            {
                collector.Problem(path, Malformed(ex));
            }
        }

        return index == 0 ? EventBatch.Invalid("$", string.Create(CultureInfo.InvariantCulture, $"must hold 1 to {maxItems} events")) : collector.ToBatch();
    }

    private static string ItemPath(int index) => string.Create(CultureInfo.InvariantCulture, $"$[{index}]");

    private static string Malformed(JsonException ex) =>
        ex.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"is not valid JSON or is nested deeper than {MaxDepth} levels (line {line + 1}, byte {ex.BytePositionInLine + 1})")
            : string.Create(CultureInfo.InvariantCulture, $"is not valid JSON or is nested deeper than {MaxDepth} levels");

    private sealed class Collector(int capacity)
    {
        private readonly List<PaymentEvent> _events = new(capacity);
        private readonly List<ValidationProblem> _problems = [];
        private int _items;

        public void Add(JsonElement element, string path, in ValidationContext context)
        {
            _items++;
            if (element.ValueKind == JsonValueKind.Object && JsonMarshal.GetRawUtf8Value(element).Length > ValidationOptions.MaxEventBytes)
            {
                _problems.Add(new ValidationProblem(path, string.Create(CultureInfo.InvariantCulture, $"must be at most {ValidationOptions.MaxEventBytes} bytes")));
                return;
            }

            var result = PaymentEventParser.Parse(element, path, context);
            if (result.Event is { } parsed)
            {
                _events.Add(parsed);
            }
            else
            {
                _problems.AddRange(result.Problems);
            }
        }

        public void Problem(string path, string message)
        {
            _items++;
            _problems.Add(new ValidationProblem(path, message));
        }

        public EventBatch ToBatch() => _problems.Count > 0 ? new EventBatch([], _problems) { Items = _items } : new EventBatch(_events, []) { Items = _items };
    }
}
