namespace Tidewater.App;

/// <summary>
/// Storage could not durably take a write or serve a read the request depends on. Hosts answer 503 with
/// <c>Retry-After</c> (HTTP) or leave the message for a retry (queue); nothing was acknowledged.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public StorageUnavailableException()
        : base("Storage is unavailable.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public StorageUnavailableException(string message)
        : base(message)
    {
    }
}
