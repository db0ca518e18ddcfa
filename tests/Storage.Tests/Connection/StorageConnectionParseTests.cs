namespace Tidewater.Storage.Tests.Connection;

public sealed class StorageConnectionParseTests
{
    private const string Key = StorageConnection.DevelopmentAccountKey;

    [Fact]
    public void Parse_UseDevelopmentStorage_UsesAzuriteDefaults()
    {
        // Act
        var connection = StorageConnection.Parse("UseDevelopmentStorage=true");

        // Assert
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), connection.BlobServiceUri);
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), connection.QueueServiceUri);
        Assert.Equal("devstoreaccount1", connection.AccountName);
        Assert.Null(connection.TokenCredential);
    }

    [Fact]
    public void Parse_DevelopmentStorageProxyUri_UsesProxyHost()
    {
        // Act
        var connection = StorageConnection.Parse("UseDevelopmentStorage=true;DevelopmentStorageProxyUri=http://azurite");

        // Assert
        Assert.Equal(new Uri("http://azurite:10001/devstoreaccount1"), connection.QueueServiceUri);
    }

    [Fact]
    public void Parse_AccountNameAndKey_BuildsHostStyleHttpsEndpoints()
    {
        // Act
        var connection = StorageConnection.Parse($"AccountName=tidewater;AccountKey={Key}");

        // Assert
        Assert.Equal(new Uri("https://tidewater.blob.core.windows.net/"), connection.BlobServiceUri);
        Assert.Equal(new Uri("https://tidewater.queue.core.windows.net/"), connection.QueueServiceUri);
        Assert.Equal("tidewater", connection.AccountName);
    }

    [Fact]
    public void Parse_ProtocolAndEndpointSuffix_AreUsed()
    {
        // Act
        var connection = StorageConnection.Parse(
            $"DefaultEndpointsProtocol=http;AccountName=tidewater;AccountKey={Key};EndpointSuffix=core.chinacloudapi.cn");

        // Assert
        Assert.Equal(new Uri("http://tidewater.queue.core.chinacloudapi.cn/"), connection.QueueServiceUri);
    }

    [Fact]
    public void Parse_WhitespaceCaseAndTrailingSemicolons_AreTolerated()
    {
        // Act
        var connection = StorageConnection.Parse(
            $"  defaultendpointsprotocol = http ; ACCOUNTNAME=devstoreaccount1 ;accountkey= {Key} ;" +
            " QueueEndpoint = http://127.0.0.1:10001/devstoreaccount1/ ;; ");

        // Assert
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), connection.QueueServiceUri);
        Assert.Equal(new Uri("http://devstoreaccount1.blob.core.windows.net/"), connection.BlobServiceUri);
    }

    [Fact]
    public void Parse_ExplicitPathStyleEndpoints_KeepTheAccountSegment()
    {
        // Act
        var connection = StorageConnection.Parse(
            $"AccountName=devstoreaccount1;AccountKey={Key};BlobEndpoint=http://127.0.0.1:41000/devstoreaccount1;" +
            "QueueEndpoint=http://127.0.0.1:41001/devstoreaccount1");
        var queue = connection.CreateQueueServiceClient().GetQueueClient("orders");
        var blob = connection.CreateBlobServiceClient().GetBlobContainerClient("c1").GetBlockBlobClient("dir/a b.json");

        // Assert
        Assert.Equal(new Uri("http://127.0.0.1:41001/devstoreaccount1/orders"), queue.Uri);
        Assert.Equal("http://127.0.0.1:41000/devstoreaccount1/c1/dir/a%20b.json", blob.Uri.AbsoluteUri);
    }

    [Theory]
    [InlineData("AccountName=a", "'AccountKey'")]
    [InlineData("AccountKey=" + Key, "'AccountName'")]
    [InlineData("BlobEndpoint=http://127.0.0.1:1/a;AccountKey=" + Key, "'AccountName'")]
    [InlineData("AccountName=a;SharedAccessSignature=sv=2020&sig=abc", "'SharedAccessSignature'")]
    [InlineData("AccountName=a;AccountKey=" + Key + ";BlobEndpoint=not a uri", "'BlobEndpoint'")]
    [InlineData("AccountName=a;AccountKey=" + Key + ";QueueEndpoint=ftp://x/y", "'QueueEndpoint'")]
    [InlineData("AccountName=a;AccountKey=" + Key + ";DefaultEndpointsProtocol=ftp", "'DefaultEndpointsProtocol'")]
    [InlineData("UseDevelopmentStorage=yes", "'UseDevelopmentStorage'")]
    [InlineData("AccountName=a;AccountName=b;AccountKey=" + Key, "'AccountName' more than once")]
    [InlineData("AccountName=a;AccountKey=", "'AccountKey' is empty")]
    public void Parse_MissingOrBadSetting_ThrowsFormatExceptionNamingIt(string connectionString, string expectedFragment)
    {
        // Act
        var exception = Assert.Throws<FormatException>(() => StorageConnection.Parse(connectionString));

        // Assert
        Assert.Contains(expectedFragment, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidBase64Key_ThrowsWithoutEchoingTheKey()
    {
        // Arrange
        const string secretLookingKey = "not-base64-SECRET!!";

        // Act
        var exception = Assert.Throws<FormatException>(
            () => StorageConnection.Parse($"AccountName=a;AccountKey={secretLookingKey}"));

        // Assert
        Assert.Contains("'AccountKey'", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SegmentWithoutEquals_ThrowsWithoutEchoingIt()
    {
        // Act
        var exception = Assert.Throws<FormatException>(
            () => StorageConnection.Parse($"AccountName=a;{Key};AccountKey={Key}"));

        // Assert
        Assert.Contains("Segment 2", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ; ;")]
    public void Parse_Empty_ThrowsFormatException(string connectionString)
    {
        // Act + Assert
        Assert.Throws<FormatException>(() => StorageConnection.Parse(connectionString));
    }

    [Fact]
    public void CreateQueueServiceClient_ConnectionWithoutQueueEndpoint_ThrowsInvalidOperation()
    {
        // Arrange
        var connection = StorageConnection.FromTokenCredential(
            new Uri("https://acct.blob.core.windows.net"), null, new Tidewater.Testing.AzuriteTokenCredential());

        // Act + Assert
        Assert.Throws<InvalidOperationException>(() => connection.CreateQueueServiceClient());
    }

    [Theory]
    [InlineData("https://acct.blob.core.windows.net", "acct")]
    [InlineData("https://127.0.0.1:10000/devstoreaccount1", "devstoreaccount1")]
    [InlineData("https://localhost:10000/devstoreaccount1/", "devstoreaccount1")]
    public void FromTokenCredential_Endpoint_DerivesAccountName(string blobUri, string expectedAccount)
    {
        // Act
        var connection = StorageConnection.FromTokenCredential(new Uri(blobUri), null, new Tidewater.Testing.AzuriteTokenCredential());

        // Assert
        Assert.Equal(expectedAccount, connection.AccountName);
        Assert.NotNull(connection.TokenCredential);
    }

    [Fact]
    public void FromTokenCredential_NoEndpoints_ThrowsArgumentException()
    {
        // Act + Assert
        Assert.Throws<ArgumentException>(
            () => StorageConnection.FromTokenCredential(null, null, new Tidewater.Testing.AzuriteTokenCredential()));
    }
}
