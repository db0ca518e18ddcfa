using System.Text;
using System.Text.Json;
using Azure.Core;

namespace Tidewater.Testing;

/// <summary>
/// A <see cref="TokenCredential"/> test double that issues unsigned JWTs which Azurite's <c>--oauth basic</c> accepts.
/// </summary>
/// <remarks>
/// Azurite (3.37) decodes the token without checking its signature and checks: <c>nbf</c>, <c>exp</c> and
/// <c>iat</c> present with now inside [nbf, exp]; <c>iss</c> starting with <c>https://sts.windows.net/</c> (or
/// another Entra STS); <c>aud</c> = <c>https://storage.azure.com</c> (or the account's service URL). Change
/// <see cref="Audience"/>, <see cref="Issuer"/> or the lifetime to make it issue tokens Azurite rejects.
/// </remarks>
public sealed class AzuriteTokenCredential : TokenCredential
{
    private readonly TimeProvider _timeProvider;
    private readonly List<string[]> _requestedScopes = [];

    /// <summary>Creates the credential.</summary>
    /// <param name="timeProvider">The clock for <c>iat</c>/<c>nbf</c>/<c>exp</c>. The default is the system clock
    /// (Azurite checks the token against its own clock).</param>
    public AzuriteTokenCredential(TimeProvider? timeProvider = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The <c>aud</c> claim. The default is <c>https://storage.azure.com</c>.</summary>
    public string Audience { get; init; } = "https://storage.azure.com";

    /// <summary>The <c>iss</c> claim. The default is an Entra v1 issuer, <c>https://sts.windows.net/{tenant}/</c>.</summary>
    public string Issuer { get; init; } = "https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/";

    /// <summary>How long tokens are valid from now. The default is 1 hour; a negative value issues expired tokens.</summary>
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The scopes of every token request so far.</summary>
    public IReadOnlyList<string[]> RequestedScopes
    {
        get
        {
            lock (_requestedScopes)
            {
                return [.. _requestedScopes];
            }
        }
    }

    /// <inheritdoc />
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        lock (_requestedScopes)
        {
            _requestedScopes.Add(requestContext.Scopes);
        }

        var now = _timeProvider.GetUtcNow();
        var expiresOn = now + Lifetime;
        var issuedAt = Lifetime < TimeSpan.Zero ? expiresOn - TimeSpan.FromMinutes(5) : now - TimeSpan.FromMinutes(5);
        var header = new Dictionary<string, object> { ["alg"] = "none", ["typ"] = "JWT" };
        var payload = new Dictionary<string, object>
        {
            ["aud"] = Audience,
            ["iss"] = Issuer,
            ["iat"] = issuedAt.ToUnixTimeSeconds(),
            ["nbf"] = issuedAt.ToUnixTimeSeconds(),
            ["exp"] = expiresOn.ToUnixTimeSeconds(),
            ["oid"] = "00000000-0000-0000-0000-000000000001",
            ["tid"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
        };
        var token = $"{Encode(header)}.{Encode(payload)}.{Base64Url("unsigned"u8)}";
        return new AccessToken(token, expiresOn);
    }

    /// <inheritdoc />
    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));

    private static string Encode(Dictionary<string, object> value) =>
        Base64Url(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)));

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
