namespace Tidewater.App.Management;

/// <summary>How a management call ended, for the host to map onto HTTP.</summary>
public enum ManagementStatus
{
    /// <summary>200.</summary>
    Ok,

    /// <summary>202: work was started.</summary>
    Accepted,

    /// <summary>400: the named field is wrong.</summary>
    Invalid,

    /// <summary>404: the named thing does not exist.</summary>
    NotFound,

    /// <summary>409: the instance is in a state that does not allow the call.</summary>
    Conflict,
}
