using Azure.Core;

namespace Tidewater.Storage.Tests.Pipeline;

/// <summary>
/// Vectors for the Shared Key string-to-sign, written out by hand from
/// https://learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key:
/// VERB, Content-Encoding, Content-Language, Content-Length (empty when 0), Content-MD5, Content-Type, Date,
/// If-Modified-Since, If-Match, If-None-Match, If-Unmodified-Since, Range, then the canonicalized headers and resource.
/// </summary>
public sealed class SharedKeyStringToSignTests
{
    private const string Date = "Tue, 03 Mar 2026 10:20:30 GMT";

    [Fact]
    public void Create_PathStyleAzuriteQueueUri_SignsAccountAndFullPath()
    {
        // Arrange
        var uri = new Uri("http://127.0.0.1:10001/devstoreaccount1/queue/messages?visibilitytimeout=30&numofmessages=32");
        HttpHeader[] headers =
        [
            new("x-ms-version", "2026-06-06"),
            new("x-ms-date", Date),
            new("x-ms-client-request-id", "5f0e1c43-ab8e-4f4e-8a32-1b54a8c9c1d2"),
            new("User-Agent", "azsdk-net-Storage/1.0"),
        ];

        // Act
        var actual = SharedKeyStringToSign.Create("GET", uri, "devstoreaccount1", headers, contentLength: 0);

        // Assert
        const string expected =
            "GET\n" + // VERB
            "\n\n" + // Content-Encoding, Content-Language
            "\n" + // Content-Length: empty for 0
            "\n\n\n\n\n\n\n\n" + // Content-MD5 .. Range
            "x-ms-client-request-id:5f0e1c43-ab8e-4f4e-8a32-1b54a8c9c1d2\n" +
            "x-ms-date:Tue, 03 Mar 2026 10:20:30 GMT\n" +
            "x-ms-version:2026-06-06\n" +
            "/devstoreaccount1/devstoreaccount1/queue/messages\n" +
            "numofmessages:32\n" +
            "visibilitytimeout:30";
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Create_HostStyleAppendBlock_IncludesStandardHeadersInTheirSlots()
    {
        // Arrange
        var uri = new Uri("https://myaccount.blob.core.windows.net/mycontainer/logs/2026/app.log?comp=appendblock");
        HttpHeader[] headers =
        [
            new("Content-Type", "application/octet-stream"),
            new("If-Match", "\"0x8DC0FFEE\""),
            new("X-MS-Date", Date),
            new("x-ms-version", "2026-06-06"),
            new("x-ms-blob-condition-appendpos", "  1024 "),
            new("x-ms-lease-id", "e0b8a1f0-0000-4000-8000-000000000001"),
        ];

        // Act
        var actual = SharedKeyStringToSign.Create("put", uri, "myaccount", headers, contentLength: 11);

        // Assert
        const string expected =
            "PUT\n" +
            "\n" + // Content-Encoding
            "\n" + // Content-Language
            "11\n" + // Content-Length
            "\n" + // Content-MD5
            "application/octet-stream\n" + // Content-Type
            "\n" + // Date (x-ms-date is used instead)
            "\n" + // If-Modified-Since
            "\"0x8DC0FFEE\"\n" + // If-Match
            "\n\n\n" + // If-None-Match, If-Unmodified-Since, Range
            "x-ms-blob-condition-appendpos:1024\n" +
            "x-ms-date:Tue, 03 Mar 2026 10:20:30 GMT\n" +
            "x-ms-lease-id:e0b8a1f0-0000-4000-8000-000000000001\n" +
            "x-ms-version:2026-06-06\n" +
            "/myaccount/mycontainer/logs/2026/app.log\n" +
            "comp:appendblock";
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Create_QueryParameters_LowercasesDecodesSortsAndJoinsValues()
    {
        // Arrange
        var uri = new Uri(
            "http://127.0.0.1:10000/devstoreaccount1/c1?Restype=container&comp=list&prefix=a%2Fb%20c&include=snapshots&include=metadata&marker=");

        // Act
        var actual = SharedKeyStringToSign.Create("GET", uri, "devstoreaccount1", [], contentLength: 0);

        // Assert
        var resource = actual[(actual.LastIndexOf("\n/", StringComparison.Ordinal) + 1)..];
        const string expected =
            "/devstoreaccount1/devstoreaccount1/c1\n" +
            "comp:list\n" +
            "include:metadata,snapshots\n" +
            "marker:\n" +
            "prefix:a/b c\n" +
            "restype:container";
        Assert.Equal(expected, resource);
    }

    [Fact]
    public void Create_ServiceRootUri_SignsAccountWithSlash()
    {
        // Arrange
        var uri = new Uri("https://acct.queue.core.windows.net/?comp=list");

        // Act
        var actual = SharedKeyStringToSign.Create("GET", uri, "acct", [new("x-ms-date", Date)], contentLength: 0);

        // Assert
        Assert.Equal("GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Tue, 03 Mar 2026 10:20:30 GMT\n/acct/\ncomp:list", actual);
    }

    [Fact]
    public void Create_EscapedBlobName_SignsEncodedPath()
    {
        // Arrange: the path is signed as sent (encoded); Azurite and Azure both sign the raw request path.
        var uri = new Uri("http://127.0.0.1:10000/devstoreaccount1/c1/dir/my%20blob%C3%A9.txt");

        // Act
        var actual = SharedKeyStringToSign.Create("HEAD", uri, "devstoreaccount1", [], contentLength: 0);

        // Assert
        Assert.EndsWith("\n/devstoreaccount1/devstoreaccount1/c1/dir/my%20blob%C3%A9.txt", actual, StringComparison.Ordinal);
        Assert.StartsWith("HEAD\n", actual, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_HeaderNamesDifferingOnlyAfterPrefix_SortsOrdinal()
    {
        // Arrange
        HttpHeader[] headers = [new("x-ms-meta-b", "2"), new("x-ms-meta-a", "1"), new("x-ms-date", Date), new("x-ms-blob-type", "BlockBlob")];

        // Act
        var actual = SharedKeyStringToSign.Create("PUT", new Uri("https://a.blob.core.windows.net/c/b"), "a", headers, 5);

        // Assert
        Assert.Contains(
            "\nx-ms-blob-type:BlockBlob\nx-ms-date:Tue, 03 Mar 2026 10:20:30 GMT\nx-ms-meta-a:1\nx-ms-meta-b:2\n/a/c/b",
            actual,
            StringComparison.Ordinal);
    }
}
