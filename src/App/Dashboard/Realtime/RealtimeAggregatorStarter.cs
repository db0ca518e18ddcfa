using Microsoft.Extensions.Hosting;

namespace Tidewater.App.Dashboard;

/// <summary>Creates the <see cref="RealtimeAggregator"/> when the host starts, so it records from then on, not from the first dashboard call.</summary>
internal sealed class RealtimeAggregatorStarter(RealtimeAggregator aggregator) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(aggregator);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
