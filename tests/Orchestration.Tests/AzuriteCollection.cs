using Tidewater.Testing;

namespace Tidewater.Orchestration.Tests;

/// <summary>One Azurite shared by the storage-backed tests of this assembly; each test uses its own task hub.</summary>
[CollectionDefinition(AzuriteCollections.Azurite)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
