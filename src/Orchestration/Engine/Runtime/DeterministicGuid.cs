using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Tidewater.Orchestration.Engine.Runtime;

/// <summary>
/// Name-based GUIDs (RFC 4122 §4.3, version 5: SHA-1 of namespace and name). For orchestrations the namespace and
/// the name <c>{instanceId}_{CurrentUtcDateTime:o}_{counter}</c> are those Durable's <c>NewGuid</c> uses, so an
/// orchestrator gets the same GUIDs (and derived sub-orchestration ids) on both hosts.
/// </summary>
internal static class DeterministicGuid
{
    /// <summary>The namespace of Durable's orchestration GUIDs.</summary>
    public static readonly Guid OrchestrationNamespace = new("9e952958-5e33-4daf-827f-2fa12937b875");

    /// <summary>The <paramref name="counter"/>-th GUID of an instance in the episode at <paramref name="currentUtc"/>.</summary>
    public static Guid ForOrchestration(string instanceId, DateTime currentUtc, int counter) =>
        Create(OrchestrationNamespace, string.Concat(
            instanceId, "_", currentUtc.ToString("o", CultureInfo.InvariantCulture), "_", counter.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The version-5 GUID of <paramref name="name"/> in <paramref name="namespaceId"/>.</summary>
    public static Guid Create(Guid namespaceId, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
#pragma warning disable CA5350 // Not security: RFC 4122 version 5 is defined on SHA-1.
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
