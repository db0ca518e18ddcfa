namespace Tidewater.LocalHost.Security;

/// <summary>
/// The local host's own keys (<c>Tidewater:FunctionKey</c>, <c>Tidewater:AdminKey</c>), each a comma-separated
/// list so keys can be rotated. Under Azure Functions the host manages function and master keys instead.
/// </summary>
public sealed class FunctionKeyOptions
{
    /// <summary>Keys accepted by function-level routes. The default is none (every call is refused).</summary>
    public string? FunctionKey { get; set; }

    /// <summary>Keys accepted by every route, admin-level ones included. The default is none.</summary>
    public string? AdminKey { get; set; }

    internal static IReadOnlyList<byte[]> Split(string? keys) =>
        (keys ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(System.Text.Encoding.UTF8.GetBytes)
            .ToArray();
}
