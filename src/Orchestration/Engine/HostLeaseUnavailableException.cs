namespace Tidewater.Orchestration.Engine;

/// <summary>Another live host holds the task hub: a second host on the same hub is refused.</summary>
public sealed class HostLeaseUnavailableException : Exception
{
    /// <summary>Creates the exception for <paramref name="hubName"/>, held by <paramref name="owner"/>.</summary>
    public HostLeaseUnavailableException(string hubName, string? owner, Exception? innerException = null)
        : base($"Task hub '{hubName}' is in use by another host ({owner ?? "unknown owner"}); only one local engine may run a task hub. " +
            "Stop the other host, or wait until its lease expires (15 s after it stopped renewing).", innerException)
    {
        HubName = hubName;
        Owner = owner;
    }

    /// <summary>Creates the exception.</summary>
    public HostLeaseUnavailableException()
        : this("unknown", owner: null)
    {
    }

    /// <summary>Creates the exception.</summary>
    public HostLeaseUnavailableException(string message)
        : base(message)
    {
        HubName = "unknown";
    }

    /// <summary>Creates the exception.</summary>
    public HostLeaseUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
        HubName = "unknown";
    }

    /// <summary>The task hub.</summary>
    public string HubName { get; }

    /// <summary>The recorded owner, if known.</summary>
    public string? Owner { get; }
}
