using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Tidewater.App.Batch;
using Tidewater.App.Management;
using Tidewater.App.Schedule;

namespace Tidewater.Functions.Orchestration;

/// <summary>
/// Builds the App handlers that need an orchestration client, per invocation, over that invocation's
/// <see cref="DurableTaskClient"/>: Durable's client exists only as a binding, never in the container.
/// </summary>
/// <remarks>
/// The handlers' other dependencies come from the invocation's services; the client (and the <see cref="BatchStarter"/>
/// over it) are passed explicitly, which <see cref="ActivatorUtilities"/> matches by type. App registers these handlers
/// by factory, so the container never needs an <c>IOrchestrationClient</c> on this host.
/// </remarks>
public static class DurableHandlers
{
    /// <summary>The batch management handler over <paramref name="client"/>.</summary>
    public static BatchManagementHandler BatchManagement(IServiceProvider services, DurableTaskClient client)
    {
        var adapter = new DurableClientAdapter(client);
        return ActivatorUtilities.CreateInstance<BatchManagementHandler>(services, adapter, new BatchStarter(adapter));
    }

    /// <summary>The schedule handler over <paramref name="client"/>.</summary>
    public static ScheduleHandler Schedule(IServiceProvider services, DurableTaskClient client) =>
        ActivatorUtilities.CreateInstance<ScheduleHandler>(services, new BatchStarter(new DurableClientAdapter(client)));
}
