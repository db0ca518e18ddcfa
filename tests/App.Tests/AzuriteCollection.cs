using Tidewater.Testing;

namespace Tidewater.App.Tests;

/// <summary>One Azurite shared by the storage-backed tests of this assembly; each test uses its own names.</summary>
[CollectionDefinition(AzuriteCollections.Azurite)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
