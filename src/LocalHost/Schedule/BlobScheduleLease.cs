using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Tidewater.App.Schedule;
using Tidewater.App.Storage;

namespace Tidewater.LocalHost.Schedule;

/// <summary>
/// A timer's singleton lock: a 15-second blob lease on <c>timers/{timer}/lock</c> in the schedule container, renewed
/// every <see cref="RenewInterval"/> while held (as the Functions host's singleton listener lock).
/// </summary>
/// <remarks>Each instance proposes its own lease id, so acquiring again while it still holds the lease succeeds.</remarks>
public sealed class BlobScheduleLease(ScheduleStore store, string timerName) : IScheduleLease
{
    /// <summary>The lease duration: the shortest the service allows, so a crashed holder is replaced quickly.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(15);

    /// <summary>How often the holder renews: three times per lease period.</summary>
    public static readonly TimeSpan RenewInterval = TimeSpan.FromSeconds(5);

    private readonly string _leaseId = Guid.NewGuid().ToString();

    /// <summary>The lock blob's name.</summary>
    public string BlobName { get; } = $"timers/{timerName}/lock";

    private BlobClient Blob => store.Container.GetBlobClient(BlobName);

    private BlobLeaseClient Lease => Blob.GetBlobLeaseClient(_leaseId);

    /// <inheritdoc />
    /// <exception cref="RequestFailedException">Storage failed.</exception>
    public async Task<bool> TryAcquireAsync(CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken);
        try
        {
            return await AcquireAsync(cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.BlobNotFound)
        {
            await CreateLockBlobAsync(cancellationToken);
            return await AcquireAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<bool> TryRenewAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Lease.RenewAsync(cancellationToken: cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or IOException)
        {
            // Whatever the cause, this instance can no longer be sure it holds the lease.
            return false;
        }
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Lease.ReleaseAsync(cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or IOException or OperationCanceledException)
        {
            // Not held, or storage is down: the lease then expires by itself within its duration.
        }
    }

    private async Task<bool> AcquireAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Lease.AcquireAsync(Duration, cancellationToken: cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.LeaseAlreadyPresent || ex.ErrorCode == BlobErrorCode.LeaseIsBrokenAndCannotBeRenewed)
        {
            return false;
        }
    }

    private async Task CreateLockBlobAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Blob.UploadContentAsync(BinaryData.Empty, conditions: BlobWrites.IfNotExists(), cancellationToken: cancellationToken);
        }
        catch (RequestFailedException ex) when (BlobWrites.IsConditionFailure(ex) || ex.ErrorCode == BlobErrorCode.LeaseIdMissing)
        {
            // Another instance created (and maybe leased) it meanwhile.
        }
    }
}
