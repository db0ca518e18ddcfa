namespace Tidewater.Testing;

/// <summary>
/// Names of the xUnit collections that share one Azurite per test assembly.
/// </summary>
/// <remarks>
/// xUnit only finds collection definitions in the test assembly itself, so each test project declares them once:
/// <code>
/// [CollectionDefinition(AzuriteCollections.Azurite)]
/// public sealed class AzuriteCollection : ICollectionFixture&lt;AzuriteFixture&gt;;
///
/// [Collection(AzuriteCollections.Azurite)]
/// public sealed class MyStorageTests(AzuriteFixture azurite) { ... }
/// </code>
/// Tests in one collection run one at a time; give each test its own queue/container name
/// (<see cref="AzuriteFixture.NewName"/>) so they never depend on each other's data.
/// </remarks>
public static class AzuriteCollections
{
    /// <summary>Plain HTTP Azurite with Shared Key authentication (<see cref="AzuriteFixture"/>).</summary>
    public const string Azurite = "azurite";

    /// <summary>HTTPS Azurite with <c>--oauth basic</c> (<see cref="AzuriteHttpsFixture"/>).</summary>
    public const string AzuriteHttps = "azurite-https";
}
