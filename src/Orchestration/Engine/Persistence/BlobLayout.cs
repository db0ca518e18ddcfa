using System.Globalization;
using System.Text;

namespace Tidewater.Orchestration.Engine.Persistence;

/// <summary>
/// Where a task hub lives in Blob storage: one container <c>twlocal-{hub}</c> (a prefix Durable Functions never
/// uses) holding <c>host.lock</c>, <c>state/{key}.json</c> per instance and <c>history/{key}/{executionId}/{n}.ndjson</c>.
/// </summary>
/// <remarks>
/// The key escapes an instance id character by character (letters, digits, '-' and '_' stay; every other UTF-8
/// byte becomes <c>~XX</c>), so the key of a prefix is a prefix of the key, and ids differing only in case stay
/// distinct, as they are in Durable.
/// </remarks>
internal static class BlobLayout
{
    /// <summary>The prefix of every container of the local engine.</summary>
    public const string ContainerPrefix = "twlocal-";

    /// <summary>The blob whose lease makes one host the owner of the task hub.</summary>
    public const string LockBlob = "host.lock";

    /// <summary>The folder of state blobs.</summary>
    public const string StateFolder = "state/";

    private const string StateSuffix = ".json";

    /// <summary>The container of <paramref name="hubName"/>.</summary>
    public static string ContainerName(string hubName) => ContainerPrefix + hubName.ToLowerInvariant();

    /// <summary>The state blob of an instance.</summary>
    public static string StateBlob(string instanceId) => StateFolder + Key(instanceId) + StateSuffix;

    /// <summary>The listing prefix of state blobs whose instance ids start with <paramref name="idPrefix"/>.</summary>
    public static string StatePrefix(string? idPrefix) => StateFolder + (idPrefix is null ? string.Empty : Key(idPrefix));

    /// <summary>Every history blob of an instance, all executions.</summary>
    public static string HistoryPrefix(string instanceId) => "history/" + Key(instanceId) + "/";

    /// <summary>Every history blob of one execution.</summary>
    public static string ExecutionPrefix(string instanceId, string executionId) => HistoryPrefix(instanceId) + executionId + "/";

    /// <summary>Segment <paramref name="segment"/> of an execution's history.</summary>
    public static string HistorySegment(string instanceId, string executionId, int segment) =>
        ExecutionPrefix(instanceId, executionId) + segment.ToString("D6", CultureInfo.InvariantCulture) + ".ndjson";

    /// <summary>The escaped form of an instance id (or a prefix of one).</summary>
    public static string Key(string instanceId)
    {
        var builder = new StringBuilder(instanceId.Length + 8);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in instanceId.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is '-' or '_'))
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
            {
                builder.Append('~').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
