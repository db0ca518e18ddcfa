using Tidewater.Orchestration.Engine;
using Tidewater.Orchestration.Engine.Hosting;
using Tidewater.Orchestration.Tests.Support;
using Tidewater.Testing;

namespace Tidewater.Orchestration.Tests.Hosting;

[Collection(AzuriteCollections.Azurite)]
public sealed class HostLeaseTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new();
    private readonly string _hub = EngineHost.NewHub();

    [Fact]
    public async Task Start_SecondHostOnTheSameTaskHub_IsRefused()
    {
        await using var first = await StartAsync();

        var refused = await Assert.ThrowsAsync<HostLeaseUnavailableException>(StartAsync);

        Assert.Equal(_hub, refused.HubName);
        Assert.True(first.Engine.IsRunning);
    }

    [Fact]
    public async Task Start_OwnerCrashedButHeartbeatFresh_IsRefused()
    {
        await using var first = await StartAsync();
        await first.CrashAsync();

        await Assert.ThrowsAsync<HostLeaseUnavailableException>(StartAsync);
    }

    [Fact]
    public async Task Start_OwnerCrashedAndHeartbeatStale_BreaksTheLeaseAndStarts()
    {
        await using var first = await StartAsync();
        await first.CrashAsync();
        _time.Advance(TimeSpan.FromSeconds(31));

        await using var second = await StartAsync();

        Assert.True(second.Engine.IsRunning);
    }

    [Fact]
    public async Task Start_OwnerStoppedCleanly_StartsAtOnce()
    {
        await using (var first = await StartAsync())
        {
            await first.StopAsync();
        }

        await using var second = await StartAsync();

        Assert.True(second.Engine.IsRunning);
    }

    [Fact]
    public void IsGone_OwnerProcessNoLongerExistsOnThisMachine_True()
    {
        var now = _time.GetUtcNow();
        var self = HostIdentity.ForThisProcess(now);
        var dead = self with { ProcessId = int.MaxValue - 1 };

        Assert.False(self.IsGone(now, TimeSpan.FromSeconds(30)));
        Assert.True(dead.IsGone(now, TimeSpan.FromSeconds(30)));
        Assert.True((self with { Machine = "elsewhere" }).IsGone(now.AddSeconds(31), TimeSpan.FromSeconds(30)));
        Assert.False((self with { Machine = "elsewhere" }).IsGone(now.AddSeconds(29), TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void Metadata_RoundTrips()
    {
        var identity = HostIdentity.ForThisProcess(_time.GetUtcNow());

        Assert.Equal(identity, HostIdentity.FromMetadata(identity.ToMetadata()));
    }

    private Task<EngineHost> StartAsync() => EngineHost.StartAsync(azurite, _hub, _time, _ => { });
}
