namespace Tidewater.LocalHost.Security;

/// <summary>The key a route requires, named as in the Functions HTTP trigger.</summary>
public enum AuthorizationLevel
{
    /// <summary>No key.</summary>
    Anonymous,

    /// <summary>A function key or an admin key.</summary>
    Function,

    /// <summary>An admin key.</summary>
    Admin,
}
