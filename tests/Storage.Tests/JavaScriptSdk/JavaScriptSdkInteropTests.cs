using System.Text.Json;
using Tidewater.Testing;

namespace Tidewater.Storage.Tests.JavaScriptSdk;

/// <summary>
/// Our client and the official JavaScript SDKs (from the repository's node_modules) read each other's data:
/// scripts in <c>tests/Storage.Tests/interop</c>.
/// </summary>
[Collection(AzuriteCollections.Azurite)]
public sealed class JavaScriptSdkInteropTests(AzuriteFixture azurite)
{
    private static readonly string[] Texts =
    [
        "plain ascii",
        "xml <specials> & \"quotes\" 'apos' </QueueMessage>",
        "non-ASCII: naïve café – Zürich – 日本語 – 😀",
        "{\"paymentId\":\"p-1\",\"amount\":12.5}",
    ];

    [Fact]
    public async Task SendMessageAsync_Base64_JavaScriptSdkDecodesTheSameText()
    {
        // Arrange
        var queue = azurite.CreateQueueServiceClient().GetQueueClient(AzuriteFixture.NewName("interop"));
        await queue.CreateIfNotExistsAsync();
        foreach (var text in Texts)
        {
            await queue.SendMessageAsync(BinaryData.FromString(text));
        }

        // Act
        var output = await NodeScript.RunAsync(azurite.RepositoryRoot, "queue-interop.mjs", "receive", new Dictionary<string, string>
        {
            ["STORAGE_CONNECTION_STRING"] = azurite.ConnectionString,
            ["QUEUE_NAME"] = queue.Name,
            ["COUNT"] = $"{Texts.Length}",
        });

        // Assert
        Assert.Equal(Texts, JsonSerializer.Deserialize<string[]>(output));
        Assert.Equal(0, await queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task ReceiveMessagesAsync_MessagesSentByJavaScriptSdk_DecodeToTheSameText()
    {
        // Arrange
        var queue = azurite.CreateQueueServiceClient().GetQueueClient(AzuriteFixture.NewName("interop"));
        await queue.CreateIfNotExistsAsync();
        var output = await NodeScript.RunAsync(azurite.RepositoryRoot, "queue-interop.mjs", "send", new Dictionary<string, string>
        {
            ["STORAGE_CONNECTION_STRING"] = azurite.ConnectionString,
            ["QUEUE_NAME"] = queue.Name,
            ["MESSAGES"] = JsonSerializer.Serialize(Texts),
        });

        // Act
        var messages = await queue.ReceiveMessagesAsync(maxMessages: 32);

        // Assert
        Assert.Equal(JsonSerializer.Deserialize<string[]>(output), messages.Select(m => m.MessageId));
        Assert.Equal(Texts, messages.Select(m => m.TryDecodeBody(QueueMessageEncoding.Base64, out var body) ? body.ToString() : null));
    }

    [Fact]
    public async Task AppendBlockAsync_BlobWrittenByUs_JavaScriptSdkReadsContentAndMetadata()
    {
        // Arrange
        var container = azurite.CreateBlobServiceClient().GetBlobContainerClient(AzuriteFixture.NewName("interop"));
        await container.CreateIfNotExistsAsync();
        var blob = container.GetAppendBlobClient("events/2026-03-03.ndjson");
        await blob.CreateAsync(BlobRequestConditions.IfNotExists(), new Dictionary<string, string> { ["source"] = "tidewater" });
        await blob.AppendBlockAsync(BinaryData.FromString(Texts[1] + "\n"));
        var last = await blob.AppendBlockAsync(BinaryData.FromString(Texts[2] + "\n"));

        // Act
        var output = await NodeScript.RunAsync(azurite.RepositoryRoot, "blob-interop.mjs", "read", BlobEnvironment(container, blob.Name));

        // Assert
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(Texts[1] + "\n" + Texts[2] + "\n", root.GetProperty("content").GetString());
        Assert.Equal("AppendBlob", root.GetProperty("blobType").GetString());
        Assert.Equal("tidewater", root.GetProperty("metadata").GetProperty("source").GetString());
        Assert.Equal(2, root.GetProperty("committedBlockCount").GetInt32());
        Assert.Equal(last.ETag.ToString("H"), root.GetProperty("etag").GetString());
    }

    [Fact]
    public async Task DownloadAsync_AppendBlobWrittenByJavaScriptSdk_ReadsContentMetadataAndBlocks()
    {
        // Arrange
        var container = azurite.CreateBlobServiceClient().GetBlobContainerClient(AzuriteFixture.NewName("interop"));
        await container.CreateIfNotExistsAsync();
        var environment = BlobEnvironment(container, "from-js.log");
        environment["CONTENT"] = Texts[2];
        environment["METADATA"] = "{\"writer\":\"js\"}";
        await NodeScript.RunAsync(azurite.RepositoryRoot, "blob-interop.mjs", "write", environment);
        var blob = container.GetAppendBlobClient("from-js.log");

        // Act
        var download = await blob.DownloadAsync();
        var properties = await blob.GetPropertiesAsync();

        // Assert
        Assert.Equal(Texts[2], download.Content.ToString());
        Assert.Equal("js", download.Metadata["writer"]);
        Assert.Equal(2, properties.CommittedBlockCount);
    }

    private Dictionary<string, string> BlobEnvironment(BlobContainerClient container, string blobName) => new()
    {
        ["STORAGE_CONNECTION_STRING"] = azurite.ConnectionString,
        ["CONTAINER_NAME"] = container.Name,
        ["BLOB_NAME"] = blobName,
    };
}
