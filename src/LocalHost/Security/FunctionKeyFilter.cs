using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Tidewater.LocalHost.Security;

/// <summary>
/// Checks the key of a call as the Functions host does: the <c>x-functions-key</c> header or the <c>code</c> query
/// parameter, compared in constant time. A missing or wrong key gets 401 problem+json.
/// </summary>
public sealed class FunctionKeyFilter(IOptionsMonitor<FunctionKeyOptions> options, AuthorizationLevel level) : IEndpointFilter
{
    private ParsedKeys _adminKeys = ParsedKeys.None;
    private ParsedKeys _functionKeys = ParsedKeys.None;

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        string? presented = request.Headers["x-functions-key"].FirstOrDefault() ?? request.Query["code"].FirstOrDefault();
        if (presented is null || !IsAccepted(presented))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized",
                detail: level == AuthorizationLevel.Admin
                    ? "This call needs an admin key in the x-functions-key header or the code query parameter."
                    : "This call needs a function key in the x-functions-key header or the code query parameter.");
        }

        return await next(context);
    }

    private bool IsAccepted(string presented)
    {
        var current = options.CurrentValue;
        byte[] candidate = Encoding.UTF8.GetBytes(presented);
        _adminKeys = ParsedKeys.For(_adminKeys, current.AdminKey);
        bool accepted = Matches(candidate, _adminKeys);
        if (level == AuthorizationLevel.Function)
        {
            _functionKeys = ParsedKeys.For(_functionKeys, current.FunctionKey);
            accepted |= Matches(candidate, _functionKeys);
        }

        return accepted;
    }

    private static bool Matches(byte[] candidate, ParsedKeys keys)
    {
        bool any = false;
        foreach (var key in keys.Keys)
        {
            any |= CryptographicOperations.FixedTimeEquals(candidate, key);
        }

        return any;
    }
}
