using Azure;
using Azure.Core;

namespace Tidewater.Storage;

/// <summary>Conditions on a blob request: ETag preconditions and the lease to act under.</summary>
public sealed class BlobRequestConditions
{
    /// <summary>Only if the blob's ETag matches; <see cref="ETag.All"/> means "only if it exists". The default is null (no condition).</summary>
    public ETag? IfMatch { get; set; }

    /// <summary>Only if the blob's ETag differs; <see cref="ETag.All"/> means "only if it does not exist". The default is null (no condition).</summary>
    public ETag? IfNoneMatch { get; set; }

    /// <summary>The active lease id, required to write a leased blob. The default is null (no lease).</summary>
    public string? LeaseId { get; set; }

    /// <summary>Conditions that succeed only if the blob does not exist yet (<c>If-None-Match: *</c>).</summary>
    public static BlobRequestConditions IfNotExists() => new() { IfNoneMatch = ETag.All };

    internal static void Apply(Request request, BlobRequestConditions? conditions)
    {
        if (conditions is null)
        {
            return;
        }

        if (conditions.IfMatch is { } ifMatch)
        {
            request.Headers.SetValue("If-Match", ifMatch.ToString("H"));
        }

        if (conditions.IfNoneMatch is { } ifNoneMatch)
        {
            request.Headers.SetValue("If-None-Match", ifNoneMatch.ToString("H"));
        }

        if (!string.IsNullOrEmpty(conditions.LeaseId))
        {
            request.Headers.SetValue("x-ms-lease-id", conditions.LeaseId);
        }
    }
}
