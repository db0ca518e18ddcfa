using Azure.Identity;

namespace Tidewater.Storage.Tests.Connection;

public sealed class StorageConnectionConfigurationTests
{
    [Fact]
    public void FromConfiguration_ConnectionStringSetting_ParsesIt()
    {
        // Arrange
        var configuration = new TestConfiguration(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
        });

        // Act
        var connection = StorageConnection.FromConfiguration(configuration);

        // Assert
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), connection.QueueServiceUri);
        Assert.Null(connection.TokenCredential);
    }

    [Fact]
    public void FromConfiguration_ConnectionStringsSection_IsTheFallback()
    {
        // Arrange
        var configuration = new TestConfiguration(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Storage"] = "UseDevelopmentStorage=true",
        });

        // Act
        var connection = StorageConnection.FromConfiguration(configuration, "Storage");

        // Assert
        Assert.Equal("devstoreaccount1", connection.AccountName);
    }

    [Fact]
    public void FromConfiguration_IdentityUrisWithManagedIdentityAndClientId_UsesUserAssignedManagedIdentity()
    {
        // Arrange: environment variables AzureWebJobsStorage__x arrive as AzureWebJobsStorage:x.
        var configuration = new TestConfiguration(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage:blobServiceUri"] = "https://tidewater.blob.core.windows.net",
            ["AzureWebJobsStorage:queueServiceUri"] = "https://tidewater.queue.core.windows.net",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = "11111111-2222-3333-4444-555555555555",
        });

        // Act
        var connection = StorageConnection.FromConfiguration(configuration);

        // Assert
        Assert.Equal(new Uri("https://tidewater.blob.core.windows.net/"), connection.BlobServiceUri);
        Assert.Equal(new Uri("https://tidewater.queue.core.windows.net/"), connection.QueueServiceUri);
        Assert.Equal("tidewater", connection.AccountName);
        Assert.IsType<ManagedIdentityCredential>(connection.TokenCredential);
        Assert.Equal("11111111-2222-3333-4444-555555555555", connection.ManagedIdentityClientId);
    }

    [Fact]
    public void FromConfiguration_DoubleUnderscoreKeys_AreAccepted()
    {
        // Arrange: e.g. local.settings.json values loaded as-is.
        var configuration = new TestConfiguration(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage__queueServiceUri"] = "https://tidewater.queue.core.windows.net",
            ["AzureWebJobsStorage__credential"] = "managedidentity",
        });

        // Act
        var connection = StorageConnection.FromConfiguration(configuration);

        // Assert
        Assert.Null(connection.BlobServiceUri);
        Assert.Equal(new Uri("https://tidewater.queue.core.windows.net/"), connection.QueueServiceUri);
        Assert.IsType<ManagedIdentityCredential>(connection.TokenCredential);
        Assert.Null(connection.ManagedIdentityClientId);
    }

    [Fact]
    public void FromConfiguration_AccountNameOnly_BuildsEndpointsWithDefaultAzureCredential()
    {
        // Arrange
        var configuration = new TestConfiguration(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage:accountName"] = "tidewater",
        });

        // Act
        var connection = StorageConnection.FromConfiguration(configuration);

        // Assert
        Assert.Equal(new Uri("https://tidewater.blob.core.windows.net/"), connection.BlobServiceUri);
        Assert.Equal(new Uri("https://tidewater.queue.core.windows.net/"), connection.QueueServiceUri);
        Assert.IsType<DefaultAzureCredential>(connection.TokenCredential);
    }

    [Fact]
    public void FromConfiguration_NothingConfigured_ThrowsNamingTheSetting()
    {
        // Arrange
        var configuration = new TestConfiguration(new Dictionary<string, string?> { ["Other"] = "x" });

        // Act
        var exception = Assert.Throws<InvalidOperationException>(
            () => StorageConnection.FromConfiguration(configuration, "PaymentsStorage"));

        // Assert
        Assert.Contains("'PaymentsStorage'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("PaymentsStorage__blobServiceUri", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromConfiguration_BadServiceUri_ThrowsFormatExceptionNamingIt()
    {
        // Arrange
        var configuration = new TestConfiguration(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage:queueServiceUri"] = "tidewater.queue",
        });

        // Act
        var exception = Assert.Throws<FormatException>(() => StorageConnection.FromConfiguration(configuration));

        // Assert
        Assert.Contains("AzureWebJobsStorage__queueServiceUri", exception.Message, StringComparison.Ordinal);
    }
}
