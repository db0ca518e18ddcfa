namespace Tidewater.LocalHost.Schedule;

/// <summary>The singleton lock of one timer: only the holder fires occurrences.</summary>
public interface IScheduleLease
{
    /// <summary>Takes the lease, or keeps it if this instance holds it already.</summary>
    /// <returns>False when another instance holds it.</returns>
    Task<bool> TryAcquireAsync(CancellationToken cancellationToken);

    /// <summary>Extends the lease.</summary>
    /// <returns>False when it is lost (expired and taken, broken, or storage unreachable): stop firing.</returns>
    Task<bool> TryRenewAsync(CancellationToken cancellationToken);

    /// <summary>Gives the lease up so another instance can take it at once. Best effort.</summary>
    Task ReleaseAsync(CancellationToken cancellationToken);
}
