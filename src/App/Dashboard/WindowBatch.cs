using Microsoft.DurableTask.Client;

namespace Tidewater.App.Dashboard;

/// <summary>The newest batch instance of a window, as the timeline shows it.</summary>
/// <param name="Id">The instance id.</param>
/// <param name="RuntimeStatus">Its Durable state.</param>
/// <param name="Phase">Its last reported phase, if any.</param>
public sealed record WindowBatch(string Id, OrchestrationRuntimeStatus RuntimeStatus, string? Phase);
