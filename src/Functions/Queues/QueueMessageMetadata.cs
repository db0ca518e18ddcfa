using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;

namespace Tidewater.Functions.Queues;

/// <summary>What the queue trigger tells about a message beyond its body.</summary>
public static class QueueMessageMetadata
{
    /// <summary>The binding-data key of the dequeue count (functions-api.md §2, queue metadata).</summary>
    public const string DequeueCountKey = "DequeueCount";

    /// <summary>
    /// The message's original wire text: the host decodes base64 (<c>host.json</c> <c>messageEncoding</c>), so the
    /// decoded UTF-8 body is encoded again. The poison queue keeps the wire text untouched, as on the local host.
    /// </summary>
    /// <remarks>WARNING: assumes <c>"messageEncoding": "base64"</c>; a test pins host.json to it.</remarks>
    public static string WireText(string message) => Convert.ToBase64String(Encoding.UTF8.GetBytes(message ?? string.Empty));

    /// <summary>How many times the message has been dequeued (1 on the first attempt); 0 when the host did not say.</summary>
    public static long DequeueCount(FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.BindingContext.BindingData.TryGetValue(DequeueCountKey, out var value))
        {
            return 0;
        }

        return value switch
        {
            long count => count,
            int count => count,
            string text when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long count) => count,
            JsonElement { ValueKind: JsonValueKind.Number } element when element.TryGetInt64(out long count) => count,
            JsonElement { ValueKind: JsonValueKind.String } element when long.TryParse(element.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out long count) => count,
            _ => 0,
        };
    }
}
