namespace Tidewater.Orchestration.Engine;

/// <summary>Instance id rules: what Durable's Azure Storage backend accepts, so an id that works locally works there.</summary>
internal static class InstanceIds
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 256;

    /// <summary>Throws unless <paramref name="instanceId"/> is 1 to 256 characters without '/', '\', '#', '?' or control characters.</summary>
    /// <exception cref="ArgumentException">The id is not valid.</exception>
    public static void Validate(string? instanceId, string parameterName)
    {
        if (string.IsNullOrEmpty(instanceId) || instanceId.Length > MaxLength
            || instanceId.AsSpan().IndexOfAny("/\\#?") >= 0 || instanceId.Any(char.IsControl))
        {
            throw new ArgumentException(
                $"Instance id '{instanceId}' is not valid: use 1 to {MaxLength} characters without '/', '\\', '#', '?' or control characters.",
                parameterName);
        }
    }
}
