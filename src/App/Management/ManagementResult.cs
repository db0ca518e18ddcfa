namespace Tidewater.App.Management;

/// <summary>The outcome of a management call: a value, or the field and message of a client mistake.</summary>
public sealed record ManagementResult<T>(ManagementStatus Status, T? Value, string? Field = null, string? Message = null)
{
    /// <summary>A 200 result.</summary>
    public static ManagementResult<T> Ok(T value) => new(ManagementStatus.Ok, value);

    /// <summary>A 202 result.</summary>
    public static ManagementResult<T> Accepted(T value) => new(ManagementStatus.Accepted, value);

    /// <summary>A client mistake naming <paramref name="field"/>.</summary>
    public static ManagementResult<T> Fail(ManagementStatus status, string field, string message) => new(status, default, field, message);
}
