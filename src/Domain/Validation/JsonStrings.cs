using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Tidewater.Domain.Validation;

/// <summary>Reads string values of a <see cref="JsonElement"/> as UTF-8 without allocating in the common case.</summary>
internal static class JsonStrings
{
    /// <summary>Returns the unescaped UTF-8 of a string element.</summary>
    /// <remarks>
    /// The raw bytes are a view into the document; only a value containing escapes is decoded into a new array.
    /// A value whose escapes do not form valid UTF-16 comes back as U+FFFD, which every rule here rejects.
    /// </remarks>
    public static ReadOnlySpan<byte> GetUtf8(JsonElement element)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element);
        raw = raw[1..^1];
        if (raw.IndexOf((byte)'\\') < 0)
        {
            return raw;
        }

        try
        {
            return Encoding.UTF8.GetBytes(element.GetString() ?? string.Empty);
        }
        catch (InvalidOperationException)
        {
            return "\uFFFD"u8;
        }
    }
}
