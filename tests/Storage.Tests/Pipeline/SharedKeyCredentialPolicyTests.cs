using System.Security.Cryptography;
using System.Text;
using Tidewater.Testing;

namespace Tidewater.Storage.Tests.Pipeline;

public sealed class SharedKeyCredentialPolicyTests
{
    [Fact]
    public async Task Send_WithAccountKey_SetsDateFromTimeProviderAndSignsWithHmacSha256()
    {
        // Arrange
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 3, 10, 20, 30, TimeSpan.Zero));
        var transport = new RecordingTransport();
        var options = new StorageClientOptions { TimeProvider = time, Transport = transport };
        var connection = StorageConnection.Parse(
            $"AccountName=devstoreaccount1;AccountKey={StorageConnection.DevelopmentAccountKey};QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1");
        var queue = connection.CreateQueueServiceClient(options).GetQueueClient("orders");

        // Act
        await queue.CreateIfNotExistsAsync();

        // Assert
        var headers = Assert.Single(transport.Attempts).Headers;
        Assert.Equal("Tue, 03 Mar 2026 10:20:30 GMT", headers["x-ms-date"]);
        Assert.Equal(StorageClientOptions.ServiceVersion, headers["x-ms-version"]);
        var expectedStringToSign =
            "PUT\n\n\n\n\n\n\n\n\n\n\n\n" +
            $"x-ms-client-request-id:{headers["x-ms-client-request-id"]}\n" +
            "x-ms-date:Tue, 03 Mar 2026 10:20:30 GMT\n" +
            "x-ms-return-client-request-id:true\n" + // added by Azure.Core's ClientRequestIdPolicy
            "x-ms-version:2026-06-06\n" +
            "/devstoreaccount1/devstoreaccount1/orders";
        using var hmac = new HMACSHA256(Convert.FromBase64String(StorageConnection.DevelopmentAccountKey));
        var expectedSignature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(expectedStringToSign)));
        Assert.Equal($"SharedKey devstoreaccount1:{expectedSignature}", headers["Authorization"]);
    }

    [Fact]
    public void ComputeSignature_KnownKeyAndText_MatchesHmacSha256()
    {
        // Arrange
        var key = Convert.FromBase64String(StorageConnection.DevelopmentAccountKey);
        var credential = new SharedKeyCredential("devstoreaccount1", key);
        const string text = "GET\n\nnon-ASCII: é 😀\n/devstoreaccount1/devstoreaccount1/q";
        using var hmac = new HMACSHA256(key);

        // Act
        var signature = credential.ComputeSignature(text);

        // Assert
        Assert.Equal(Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(text))), signature);
    }
}
