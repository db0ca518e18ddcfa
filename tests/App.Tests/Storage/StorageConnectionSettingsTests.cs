using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Tidewater.App.Storage;

namespace Tidewater.App.Tests.Storage;

/// <summary>Reading <c>AzureWebJobsStorage</c> in every form the Functions host accepts.</summary>
public sealed class StorageConnectionSettingsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Read_ConnectionStringSetting_KeepsTheConnectionString()
    {
        var settings = StorageConnectionSettings.Read(Configuration(("AzureWebJobsStorage", " UseDevelopmentStorage=true ")));

        Assert.Equal("UseDevelopmentStorage=true", settings.ConnectionString);
        Assert.False(settings.IsIdentityBased);
        Assert.Throws<InvalidOperationException>(settings.CreateCredential);
    }

    [Fact]
    public void Read_ConnectionStringsSection_IsTheFallback()
    {
        var settings = StorageConnectionSettings.Read(Configuration(("ConnectionStrings:Storage", "UseDevelopmentStorage=true")), "Storage");

        Assert.Equal("UseDevelopmentStorage=true", settings.ConnectionString);
        Assert.Equal("Storage", settings.ConnectionName);
    }

    [Fact]
    public void Read_IdentityUrisWithManagedIdentityAndClientId_UsesUserAssignedManagedIdentity()
    {
        // Environment variables AzureWebJobsStorage__x arrive as AzureWebJobsStorage:x.
        var settings = StorageConnectionSettings.Read(Configuration(
            ("AzureWebJobsStorage:blobServiceUri", "https://tidewater.blob.core.windows.net"),
            ("AzureWebJobsStorage:queueServiceUri", "https://tidewater.queue.core.windows.net"),
            ("AzureWebJobsStorage:tableServiceUri", "https://tidewater.table.core.windows.net"),
            ("AzureWebJobsStorage:credential", "managedidentity"),
            ("AzureWebJobsStorage:clientId", "11111111-2222-3333-4444-555555555555")));

        Assert.True(settings.IsIdentityBased);
        Assert.Equal(new Uri("https://tidewater.blob.core.windows.net"), settings.BlobServiceUri);
        Assert.Equal(new Uri("https://tidewater.queue.core.windows.net"), settings.QueueServiceUri);
        Assert.Equal(new Uri("https://tidewater.table.core.windows.net"), settings.TableServiceUri);
        Assert.Equal("11111111-2222-3333-4444-555555555555", settings.ClientId);
        Assert.IsType<ManagedIdentityCredential>(settings.CreateCredential());
    }

    [Fact]
    public void Read_DoubleUnderscoreKeys_AreAccepted()
    {
        // E.g. local.settings.json values loaded as they are.
        var settings = StorageConnectionSettings.Read(Configuration(
            ("AzureWebJobsStorage__queueServiceUri", "https://tidewater.queue.core.windows.net"),
            ("AzureWebJobsStorage__credential", "managedidentity")));

        Assert.Null(settings.BlobServiceUri);
        Assert.Equal(new Uri("https://tidewater.queue.core.windows.net"), settings.QueueServiceUri);
        Assert.Null(settings.ClientId);
        Assert.IsType<ManagedIdentityCredential>(settings.CreateCredential());
    }

    [Fact]
    public void Read_AccountNameOnly_BuildsEndpointsWithDefaultAzureCredential()
    {
        var settings = StorageConnectionSettings.Read(Configuration(("AzureWebJobsStorage:accountName", "tidewater")));

        Assert.Equal(new Uri("https://tidewater.blob.core.windows.net"), settings.BlobServiceUri);
        Assert.Equal(new Uri("https://tidewater.queue.core.windows.net"), settings.QueueServiceUri);
        Assert.IsType<DefaultAzureCredential>(settings.CreateCredential());
    }

    [Fact]
    public void Read_NothingConfigured_ThrowsNamingTheSetting()
    {
        var exception = Assert.Throws<InvalidOperationException>(
            () => StorageConnectionSettings.Read(Configuration(("Other", "x")), "PaymentsStorage"));

        Assert.Contains("'PaymentsStorage'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("PaymentsStorage__blobServiceUri", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadServiceUri_ThrowsFormatExceptionNamingIt()
    {
        var exception = Assert.Throws<FormatException>(
            () => StorageConnectionSettings.Read(Configuration(("AzureWebJobsStorage:queueServiceUri", "tidewater.queue"))));

        Assert.Contains("AzureWebJobsStorage__queueServiceUri", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateCredential_ExplicitCredential_WinsOverTheSettings()
    {
        var credential = new Testing.AzuriteTokenCredential();
        var settings = new StorageConnectionSettings { QueueServiceUri = new Uri("https://a.queue.core.windows.net"), CredentialKind = "managedidentity", Credential = credential };

        Assert.Same(credential, settings.CreateCredential());
    }
}
