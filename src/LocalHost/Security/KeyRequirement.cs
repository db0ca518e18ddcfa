namespace Tidewater.LocalHost.Security;

/// <summary>
/// Endpoint metadata that <see cref="FunctionKeyEndpointExtensions.RequireKey"/> puts on a keyed route: the level its
/// <see cref="FunctionKeyFilter"/> checks. The API description reads it (<c>KeySecurityTransformer</c>), so the document
/// says what the filter enforces.
/// </summary>
/// <param name="Level">The key the route needs (function or admin).</param>
public sealed record KeyRequirement(AuthorizationLevel Level);
