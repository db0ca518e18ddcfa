using Tidewater.Orchestration.Engine.History;

namespace Tidewater.Orchestration.Engine.Hosting;

/// <summary>A message to one execution: a result or termination event to apply, or (with no event) a wake-up to start or resume it.</summary>
internal readonly record struct InstanceMessage(string ExecutionId, HistoryEvent? Event);

/// <summary>An activity to run for <paramref name="Runner"/>'s execution.</summary>
internal sealed record ActivityWorkItem(InstanceRunner Runner, string ExecutionId, TaskScheduledEvent Action);
