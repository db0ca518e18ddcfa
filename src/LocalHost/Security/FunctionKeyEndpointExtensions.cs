using Microsoft.Extensions.Options;

namespace Tidewater.LocalHost.Security;

/// <summary>Puts a route behind a key, as <c>AuthorizationLevel</c> does on a Functions HTTP trigger.</summary>
public static class FunctionKeyEndpointExtensions
{
    /// <summary>Requires a key of <paramref name="level"/> on the route.</summary>
    public static TBuilder RequireKey<TBuilder>(this TBuilder endpoint, IEndpointRouteBuilder routes, AuthorizationLevel level)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(routes);
        var keys = routes.ServiceProvider.GetRequiredService<IOptionsMonitor<FunctionKeyOptions>>();
        endpoint.AddEndpointFilter(new FunctionKeyFilter(keys, level));
        return endpoint;
    }
}
