using Tidewater.Testing;

namespace Tidewater.Storage.Tests;

/// <summary>One plain-HTTP Azurite shared by every test class in <see cref="AzuriteCollections.Azurite"/>.</summary>
[CollectionDefinition(AzuriteCollections.Azurite)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;

/// <summary>One HTTPS + OAuth Azurite shared by every test class in <see cref="AzuriteCollections.AzuriteHttps"/>.</summary>
[CollectionDefinition(AzuriteCollections.AzuriteHttps)]
public sealed class AzuriteHttpsCollection : ICollectionFixture<AzuriteHttpsFixture>;
