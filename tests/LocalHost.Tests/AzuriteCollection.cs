using Tidewater.Testing;

namespace Tidewater.LocalHost.Tests;

/// <summary>One Azurite shared by this assembly's tests; each host uses its own queue and container names.</summary>
[CollectionDefinition(AzuriteCollections.Azurite)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
