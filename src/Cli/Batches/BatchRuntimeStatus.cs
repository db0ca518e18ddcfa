namespace Tidewater.Cli.Batches;

/// <summary>A batch instance's runtime status as the management API reports it (camelCase strings on the wire).</summary>
public enum BatchRuntimeStatus
{
    /// <summary>Scheduled, not started yet.</summary>
    Pending,

    /// <summary>Started and not finished.</summary>
    Running,

    /// <summary>Finished with an output.</summary>
    Completed,

    /// <summary>Finished with a failure.</summary>
    Failed,

    /// <summary>Stopped by an operator.</summary>
    Terminated,
}
