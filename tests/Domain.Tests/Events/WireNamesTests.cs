using System.Text;
using Tidewater.Domain.Events;

namespace Tidewater.Domain.Tests.Events;

public class WireNamesTests
{
    [Theory]
    [InlineData(EventType.Payment, "payment")]
    [InlineData(EventType.Chargeback, "chargeback")]
    public void EventTypeNames_ToWireAndTryParse_AreInverse(EventType type, string wire)
    {
        // Act
        var written = EventTypeNames.ToWire(type);
        var parsed = EventTypeNames.TryParse(Encoding.UTF8.GetBytes(wire), out var back);

        // Assert
        Assert.Equal(wire, written);
        Assert.True(parsed);
        Assert.Equal(type, back);
    }

    [Theory]
    [InlineData(PaymentChannel.CardPresent, "card_present")]
    [InlineData(PaymentChannel.Ecommerce, "ecommerce")]
    [InlineData(PaymentChannel.Transfer, "transfer")]
    public void PaymentChannelNames_ToWireAndTryParse_AreInverse(PaymentChannel channel, string wire)
    {
        // Act
        var written = PaymentChannelNames.ToWire(channel);
        var parsed = PaymentChannelNames.TryParse(Encoding.UTF8.GetBytes(wire), out var back);

        // Assert
        Assert.Equal(wire, written);
        Assert.True(parsed);
        Assert.Equal(channel, back);
    }

    [Fact]
    public void ToWire_UndefinedValue_Throws()
    {
        // Act & Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => EventTypeNames.ToWire((EventType)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => PaymentChannelNames.ToWire((PaymentChannel)9));
    }
}
