using Azure;
using Tidewater.Testing;

namespace Tidewater.Storage.Tests.Blobs;

[Collection(AzuriteCollections.Azurite)]
public sealed class BlobLeaseTests(AzuriteFixture azurite)
{
    private readonly BlobServiceClient _service = azurite.CreateBlobServiceClient();

    [Fact]
    public async Task AcquireLeaseAsync_Twice_SecondThrowsLeaseAlreadyPresent()
    {
        // Arrange
        var blob = await NewBlobAsync();
        await blob.AcquireLeaseAsync(TimeSpan.FromSeconds(60));

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(() => blob.AcquireLeaseAsync(TimeSpan.FromSeconds(15)));

        // Assert
        Assert.Equal(409, exception.Status);
        Assert.Equal(StorageErrors.LeaseAlreadyPresent, exception.ErrorCode);
    }

    [Fact]
    public async Task UploadAsync_LeasedBlobWithoutLeaseId_ThrowsLeaseIdMissing()
    {
        // Arrange
        var blob = await NewBlobAsync();
        await blob.AcquireLeaseAsync(BlobClientBase.InfiniteLease);

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(() => blob.UploadAsync(BinaryData.FromString("intruder")));

        // Assert
        Assert.Equal(412, exception.Status);
        Assert.Equal(StorageErrors.LeaseIdMissing, exception.ErrorCode);
    }

    [Fact]
    public async Task UploadAsync_LeasedBlobWithLeaseId_Succeeds()
    {
        // Arrange
        var blob = await NewBlobAsync();
        var leaseId = await blob.AcquireLeaseAsync(TimeSpan.FromSeconds(30));

        // Act
        await blob.UploadAsync(BinaryData.FromString("owner"), new BlobRequestConditions { LeaseId = leaseId });

        // Assert
        Assert.Equal("owner", (await blob.DownloadAsync()).Content.ToString());
        Assert.Equal("leased", (await blob.GetPropertiesAsync()).LeaseState);
    }

    [Fact]
    public async Task AcquireLeaseAsync_ProposedLeaseId_ReturnsIt()
    {
        // Arrange
        var blob = await NewBlobAsync();
        var proposed = Guid.NewGuid().ToString();

        // Act
        var leaseId = await blob.AcquireLeaseAsync(TimeSpan.FromSeconds(15), proposed);

        // Assert
        Assert.Equal(proposed, leaseId);
    }

    [Fact]
    public async Task RenewLeaseAsync_WrongLeaseId_ThrowsLeaseIdMismatchWithLeaseOperation()
    {
        // Arrange
        var blob = await NewBlobAsync();
        var leaseId = await blob.AcquireLeaseAsync(TimeSpan.FromSeconds(15));
        await blob.RenewLeaseAsync(leaseId);

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(() => blob.RenewLeaseAsync(Guid.NewGuid().ToString()));

        // Assert
        Assert.Equal(409, exception.Status);
        Assert.Equal(StorageErrors.LeaseIdMismatchWithLeaseOperation, exception.ErrorCode);
    }

    [Fact]
    public async Task ReleaseLeaseAsync_HeldLease_AllowsWritesWithoutLeaseAndNewLeases()
    {
        // Arrange
        var blob = await NewBlobAsync();
        var leaseId = await blob.AcquireLeaseAsync(TimeSpan.FromSeconds(60));

        // Act
        await blob.ReleaseLeaseAsync(leaseId);

        // Assert
        await blob.UploadAsync(BinaryData.FromString("free"));
        Assert.NotEmpty(await blob.AcquireLeaseAsync(TimeSpan.FromSeconds(15)));
    }

    [Fact]
    public async Task BreakLeaseAsync_ZeroPeriod_EndsTheLeaseAtOnce()
    {
        // Arrange
        var blob = await NewBlobAsync();
        var leaseId = await blob.AcquireLeaseAsync(BlobClientBase.InfiniteLease);

        // Act
        await blob.BreakLeaseAsync(TimeSpan.Zero);

        // Assert
        Assert.Equal("broken", (await blob.GetPropertiesAsync()).LeaseState);
        var exception = await Assert.ThrowsAsync<RequestFailedException>(
            () => blob.UploadAsync(BinaryData.FromString("x"), new BlobRequestConditions { LeaseId = leaseId }));
        Assert.Equal(StorageErrors.LeaseNotPresentWithBlobOperation, exception.ErrorCode);
    }

    [Fact]
    public async Task AppendBlockAsync_LeasedAppendBlobWithWrongLeaseId_ThrowsLeaseIdMismatchWithBlobOperation()
    {
        // Arrange
        var container = _service.GetBlobContainerClient(AzuriteFixture.NewName("c"));
        await container.CreateIfNotExistsAsync();
        var blob = container.GetAppendBlobClient("log");
        await blob.CreateAsync();
        await blob.AcquireLeaseAsync(TimeSpan.FromSeconds(60));

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(
            () => blob.AppendBlockAsync(BinaryData.FromString("x"), conditions: new BlobRequestConditions { LeaseId = Guid.NewGuid().ToString() }));

        // Assert
        Assert.Equal(412, exception.Status);
        Assert.Equal(StorageErrors.LeaseIdMismatchWithBlobOperation, exception.ErrorCode);
    }

    [Theory]
    [InlineData(14)]
    [InlineData(61)]
    [InlineData(0)]
    public async Task AcquireLeaseAsync_DurationOutOfRange_ThrowsWithoutCallingTheService(int seconds)
    {
        // Arrange
        var blob = _service.GetBlobContainerClient("never-called").GetBlockBlobClient("b");

        // Act + Assert
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => blob.AcquireLeaseAsync(TimeSpan.FromSeconds(seconds)));
    }

    private async Task<BlockBlobClient> NewBlobAsync()
    {
        var container = _service.GetBlobContainerClient(AzuriteFixture.NewName("c"));
        await container.CreateIfNotExistsAsync();
        var blob = container.GetBlockBlobClient("leased");
        await blob.UploadAsync(BinaryData.FromString("initial"));
        return blob;
    }
}
