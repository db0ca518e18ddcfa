using System.Text;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Moq;
using Tidewater.Functions.Queues;
using Xunit;

namespace Tidewater.Functions.Tests.Queues;

public sealed class QueueMessageMetadataTests
{
    [Fact]
    public void WireText_DecodedBody_IsTheOriginalBase64()
    {
        string wire = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"id":"evt-1","amount":12.5,"note":"Zürich"}"""));
        string decoded = Encoding.UTF8.GetString(Convert.FromBase64String(wire));

        Assert.Equal(wire, QueueMessageMetadata.WireText(decoded));
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData(4L, 4)]
    [InlineData(5, 5)]
    public void DequeueCount_FromBindingData_IsRead(object value, long expected) =>
        Assert.Equal(expected, QueueMessageMetadata.DequeueCount(Context(new Dictionary<string, object?> { ["DequeueCount"] = value })));

    [Fact]
    public void DequeueCount_JsonNumber_IsRead() =>
        Assert.Equal(2, QueueMessageMetadata.DequeueCount(Context(new Dictionary<string, object?> { ["DequeueCount"] = JsonDocument.Parse("2").RootElement })));

    [Fact]
    public void DequeueCount_Missing_IsZero() =>
        Assert.Equal(0, QueueMessageMetadata.DequeueCount(Context(new Dictionary<string, object?>())));

    private static FunctionContext Context(IReadOnlyDictionary<string, object?> bindingData)
    {
        var binding = new Mock<BindingContext>();
        binding.SetupGet(b => b.BindingData).Returns(bindingData);
        var context = new Mock<FunctionContext>();
        context.SetupGet(c => c.BindingContext).Returns(binding.Object);
        return context.Object;
    }
}
