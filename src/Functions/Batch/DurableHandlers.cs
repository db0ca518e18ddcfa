using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Tidewater.App.Batch;
using Tidewater.App.Management;
using Tidewater.App.Schedule;

namespace Tidewater.Functions.Batch;

/// <summary>
/// Builds the App handlers that need a <see cref="DurableTaskClient"/>, per invocation, over that invocation's
/// <c>[DurableClient]</c>: Durable Functions' client exists only as a binding, never in the container.
/// </summary>
/// <remarks>
/// The handlers' other dependencies come from the invocation's services; the client (and the <see cref="BatchStarter"/>
/// over it) are passed explicitly, which <see cref="ActivatorUtilities"/> matches by type. App registers these handlers
/// by factory, so the container never needs a client on this host.
/// </remarks>
public static class DurableHandlers
{
    /// <summary>The batch management handler over <paramref name="client"/>.</summary>
    public static BatchManagementHandler BatchManagement(IServiceProvider services, DurableTaskClient client) =>
        ActivatorUtilities.CreateInstance<BatchManagementHandler>(services, client, new BatchStarter(client));

    /// <summary>The schedule handler over <paramref name="client"/>.</summary>
    public static ScheduleHandler Schedule(IServiceProvider services, DurableTaskClient client) =>
        ActivatorUtilities.CreateInstance<ScheduleHandler>(services, new BatchStarter(client));
}
