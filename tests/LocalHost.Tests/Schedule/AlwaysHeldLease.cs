using Tidewater.LocalHost.Schedule;

namespace Tidewater.LocalHost.Tests.Schedule;

/// <summary>A lease every instance believes it holds: a lease hiccup made permanent, to test the claim guard alone.</summary>
internal sealed class AlwaysHeldLease : IScheduleLease
{
    public Task<bool> TryAcquireAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<bool> TryRenewAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    public Task ReleaseAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
