using System.Globalization;
using Azure;
using Azure.Core;

namespace Tidewater.Storage;

public abstract partial class BlobClientBase
{
    /// <summary>A lease duration that never expires (sent as <c>x-ms-lease-duration: -1</c>).</summary>
    public static readonly TimeSpan InfiniteLease = TimeSpan.FromSeconds(-1);

    /// <summary>Acquires a write lease on the blob.</summary>
    /// <param name="duration">15 to 60 seconds, or <see cref="InfiniteLease"/>.</param>
    /// <param name="proposedLeaseId">The lease id to use (a GUID string); null lets the service choose.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The lease id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is out of range.</exception>
    /// <exception cref="RequestFailedException">The service failed the request, e.g. <see cref="StorageErrors.LeaseAlreadyPresent"/>.</exception>
    public virtual async Task<string> AcquireLeaseAsync(TimeSpan duration, string? proposedLeaseId = null,
        CancellationToken cancellationToken = default)
    {
        if (duration != InfiniteLease && (duration < TimeSpan.FromSeconds(15) || duration > TimeSpan.FromSeconds(60)))
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "A lease lasts 15 to 60 seconds, or BlobClientBase.InfiniteLease.");
        }

        using var message = CreateLeaseMessage("acquire", leaseId: null);
        message.Request.Headers.SetValue("x-ms-lease-duration", Seconds(duration));
        if (proposedLeaseId is not null)
        {
            message.Request.Headers.SetValue("x-ms-proposed-lease-id", proposedLeaseId);
        }

        var response = await Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.GetRequiredHeader("x-ms-lease-id");
    }

    /// <summary>Renews an active lease for its original duration.</summary>
    /// <param name="leaseId">The lease id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="RequestFailedException">The service failed the request, e.g. <see cref="StorageErrors.LeaseIdMismatchWithLeaseOperation"/>.</exception>
    public virtual async Task RenewLeaseAsync(string leaseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(leaseId);
        using var message = CreateLeaseMessage("renew", leaseId);
        await Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases a lease so another client can acquire one at once.</summary>
    /// <param name="leaseId">The lease id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="RequestFailedException">The service failed the request, e.g. <see cref="StorageErrors.LeaseIdMismatchWithLeaseOperation"/>.</exception>
    public virtual async Task ReleaseLeaseAsync(string leaseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(leaseId);
        using var message = CreateLeaseMessage("release", leaseId);
        await Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Breaks the current lease, whoever holds it.</summary>
    /// <param name="breakPeriod">0 to 60 seconds before the lease ends; null ends a fixed lease when it expires
    /// and an infinite lease at once.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="breakPeriod"/> is out of range.</exception>
    /// <exception cref="RequestFailedException">The service failed the request, e.g. <see cref="StorageErrors.LeaseNotPresentWithLeaseOperation"/>.</exception>
    public virtual async Task BreakLeaseAsync(TimeSpan? breakPeriod = null, CancellationToken cancellationToken = default)
    {
        using var message = CreateLeaseMessage("break", leaseId: null);
        if (breakPeriod is { } period)
        {
            if (period < TimeSpan.Zero || period > TimeSpan.FromSeconds(60))
            {
                throw new ArgumentOutOfRangeException(nameof(breakPeriod), period, "A break period is 0 to 60 seconds.");
            }

            message.Request.Headers.SetValue("x-ms-lease-break-period", Seconds(period));
        }

        await Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private HttpMessage CreateLeaseMessage(string action, string? leaseId)
    {
        var message = Pipeline.CreateMessage(RequestMethod.Put, Uri);
        message.Request.Uri.AppendQuery("comp", "lease");
        message.Request.Headers.SetValue("x-ms-lease-action", action);
        if (leaseId is not null)
        {
            message.Request.Headers.SetValue("x-ms-lease-id", leaseId);
        }

        return message;
    }

    private static string Seconds(TimeSpan value) => ((long)value.TotalSeconds).ToString(CultureInfo.InvariantCulture);
}
