using Tidewater.Testing;

namespace Tidewater.App.Tests;

/// <summary>One HTTPS Azurite with <c>--oauth basic</c>, for the identity-based (bearer token) storage tests.</summary>
[CollectionDefinition(AzuriteCollections.AzuriteHttps)]
public sealed class AzuriteHttpsCollection : ICollectionFixture<AzuriteHttpsFixture>;
