using Azure;
using Microsoft.Extensions.Logging;
using Tidewater.Orchestration.Engine.Persistence;
using Tidewater.Storage;

namespace Tidewater.Orchestration.Engine.Hosting;

/// <summary>
/// The lease on <c>host.lock</c> that makes one host the owner of a task hub. The shortest lease (15 s) is renewed
/// every 5 s, and each renewal writes a heartbeat (the engine's <see cref="TimeProvider"/> time) into the blob's
/// metadata with the owner's identity.
/// </summary>
/// <remarks>
/// <para>A starting host that finds the lease taken breaks it only when the recorded owner is certainly gone: its
/// heartbeat is older than <see cref="LocalOrchestrationEngineOptions.HostHeartbeatTimeout"/>, or it ran on this
/// machine and its process (id and start time) no longer exists, e.g. after a kill. Otherwise it is refused.
/// Whatever we judge, the storage service ends an unrenewed lease after 15 s on its own clock.</para>
/// <para>Assumptions: hosts sharing a task hub share a clock (they are local), and a machine name names one OS
/// instance. Two hosts breaking the same stale lease at the same instant can both start for up to one renewal
/// period; the loser then stops, and conditional appends keep every history consistent meanwhile.</para>
/// </remarks>
internal sealed class HostLease
{
    /// <summary>The lease duration: the shortest the service allows.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(15);

    /// <summary>How often the owner renews and writes its heartbeat.</summary>
    public static readonly TimeSpan RenewInterval = TimeSpan.FromSeconds(5);

    private readonly BlockBlobClient _blob;
    private readonly string _leaseId;
    private readonly HostIdentity _self;
    private readonly TimeProvider _time;

    private HostLease(BlockBlobClient blob, string leaseId, HostIdentity self, TimeProvider time)
    {
        _blob = blob;
        _leaseId = leaseId;
        _self = self;
        _time = time;
    }

    /// <summary>This host's id.</summary>
    public string HostId => _self.HostId;

    /// <summary>Acquires the task hub, breaking the lease of a gone owner.</summary>
    /// <exception cref="HostLeaseUnavailableException">A live host holds it.</exception>
    public static async Task<HostLease> AcquireAsync(BlobContainerClient container, LocalOrchestrationEngineOptions options,
        TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var blob = container.GetBlockBlobClient(BlobLayout.LockBlob);
        try
        {
            await blob.UploadAsync(BinaryData.Empty, BlobRequestConditions.IfNotExists(), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.ErrorCode is StorageErrors.BlobAlreadyExists or StorageErrors.LeaseIdMissing)
        {
            // It exists (perhaps leased): fine.
        }

        var self = HostIdentity.ForThisProcess(time.GetUtcNow());
        var leaseId = Guid.NewGuid().ToString();
        try
        {
            await blob.AcquireLeaseAsync(Duration, leaseId, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.ErrorCode == StorageErrors.LeaseAlreadyPresent)
        {
            var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var owner = HostIdentity.FromMetadata(properties.Metadata);
            if (owner is null || !owner.IsGone(time.GetUtcNow(), options.HostHeartbeatTimeout))
            {
                throw new HostLeaseUnavailableException(options.HubName, owner?.ToString(), e);
            }

            await blob.BreakLeaseAsync(TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
            Log.LeaseBroken(logger, options.HubName, owner.ToString());
            try
            {
                await blob.AcquireLeaseAsync(Duration, leaseId, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException again) when (again.ErrorCode == StorageErrors.LeaseAlreadyPresent)
            {
                throw new HostLeaseUnavailableException(options.HubName, "a host that started at the same time", again);
            }
        }

        var lease = new HostLease(blob, leaseId, self, time);
        await lease.HeartbeatAsync(cancellationToken).ConfigureAwait(false);
        Log.LeaseAcquired(logger, self.HostId, options.HubName);
        return lease;
    }

    /// <summary>Renews the lease and writes a heartbeat.</summary>
    /// <exception cref="RequestFailedException">E.g. <see cref="StorageErrors.LeaseIdMismatchWithLeaseOperation"/> when the lease was lost.</exception>
    public async Task RenewAsync(CancellationToken cancellationToken)
    {
        await _blob.RenewLeaseAsync(_leaseId, cancellationToken).ConfigureAwait(false);
        await HeartbeatAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases the lease so another host can start at once.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _blob.ReleaseLeaseAsync(_leaseId, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException)
        {
            // Lost or expired already: nothing to release.
        }
    }

    /// <summary>True for the errors that mean the lease is no longer ours.</summary>
    public static bool IsLost(RequestFailedException e) => e.ErrorCode is StorageErrors.LeaseIdMismatchWithLeaseOperation
        or StorageErrors.LeaseLost or StorageErrors.LeaseNotPresentWithLeaseOperation or StorageErrors.LeaseIsBrokenAndCannotBeRenewed
        or StorageErrors.LeaseIdMismatchWithBlobOperation or StorageErrors.LeaseNotPresentWithBlobOperation or StorageErrors.BlobNotFound
        or StorageErrors.ContainerNotFound;

    private Task HeartbeatAsync(CancellationToken cancellationToken) =>
        _blob.SetMetadataAsync((_self with { Heartbeat = _time.GetUtcNow() }).ToMetadata(),
            new BlobRequestConditions { LeaseId = _leaseId }, cancellationToken);
}
