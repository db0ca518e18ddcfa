using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Tidewater.LocalHost.Security;

/// <summary>Puts a route behind a key, as <c>AuthorizationLevel</c> does on a Functions HTTP trigger.</summary>
public static class FunctionKeyEndpointExtensions
{
    /// <summary>
    /// Requires a key of <paramref name="level"/> on the route: the <see cref="FunctionKeyFilter"/>, its
    /// <see cref="KeyRequirement"/> and its 401 problem+json answer as endpoint metadata.
    /// </summary>
    public static TBuilder RequireKey<TBuilder>(this TBuilder endpoint, IEndpointRouteBuilder routes, AuthorizationLevel level)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(routes);
        var keys = routes.ServiceProvider.GetRequiredService<IOptionsMonitor<FunctionKeyOptions>>();
        endpoint.AddEndpointFilter(new FunctionKeyFilter(keys, level));
        endpoint.WithMetadata(
            new KeyRequirement(level),
            new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(ProblemDetails), ["application/problem+json"]));
        return endpoint;
    }
}
