using System.Text.Json;

namespace Tidewater.Orchestration;

/// <summary>The state of one instance (Durable's <c>OrchestrationMetadata</c>): status, times, and optionally input, output and custom status as JSON.</summary>
public sealed record OrchestrationMetadata(string Name, string InstanceId)
{
    /// <summary>The runtime status.</summary>
    public OrchestrationRuntimeStatus RuntimeStatus { get; init; }

    /// <summary>When the instance was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When its state last changed.</summary>
    public DateTimeOffset LastUpdatedAt { get; init; }

    /// <summary>The input as JSON, when fetched with inputs and outputs.</summary>
    public string? SerializedInput { get; init; }

    /// <summary>The output as JSON, when fetched with inputs and outputs and completed.</summary>
    public string? SerializedOutput { get; init; }

    /// <summary>The custom status as JSON (always fetched).</summary>
    public string? SerializedCustomStatus { get; init; }

    /// <summary>Why it failed, when <see cref="RuntimeStatus"/> is Failed.</summary>
    public TaskFailureDetails? FailureDetails { get; init; }

    /// <summary>True while Pending or Running.</summary>
    public bool IsRunning => RuntimeStatus is OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Running;

    /// <summary>True once Completed, Failed or Terminated.</summary>
    public bool IsCompleted => !IsRunning;

    /// <summary>The output deserialised.</summary>
    public T? ReadOutputAs<T>() => Read<T>(SerializedOutput);

    /// <summary>The input deserialised.</summary>
    public T? ReadInputAs<T>() => Read<T>(SerializedInput);

    /// <summary>The custom status deserialised.</summary>
    public T? ReadCustomStatusAs<T>() => Read<T>(SerializedCustomStatus);

    private static T? Read<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, OrchestrationJson.Options);
}
