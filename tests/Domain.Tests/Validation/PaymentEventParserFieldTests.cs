using Tidewater.Domain.Events;
using Tidewater.Domain.Validation;

namespace Tidewater.Domain.Tests.Validation;

public class PaymentEventParserFieldTests
{
    private const string IdChars = "must contain only letters, digits, '.', '_', ':' and '-'";

    [Theory]
    [InlineData("id", null, "is required")]
    [InlineData("id", "null", "is required")]
    [InlineData("id", "42", "must be a string")]
    [InlineData("id", "\"\"", "must not be empty")]
    [InlineData("id", "\"evt 1\"", IdChars)]
    [InlineData("id", "\"évt\"", IdChars)]
    [InlineData("id", "\"evt/1\"", IdChars)]
    [InlineData("type", null, "is required")]
    [InlineData("type", "\"Payment\"", "must be 'payment' or 'chargeback'")]
    [InlineData("type", "\"refund\"", "must be 'payment' or 'chargeback'")]
    [InlineData("type", "true", "must be a string")]
    [InlineData("paymentId", "\"p 1\"", IdChars)]
    [InlineData("paymentId", "7", "must be a string")]
    [InlineData("accountId", null, "is required")]
    [InlineData("accountId", "{}", "must be a string")]
    [InlineData("accountId", "\"a+b\"", IdChars)]
    [InlineData("amount", null, "is required")]
    [InlineData("amount", "null", "is required")]
    [InlineData("amount", "\"12.5\"", "must be a number")]
    [InlineData("amount", "0", "must be greater than 0")]
    [InlineData("amount", "-0", "must be greater than 0")]
    [InlineData("amount", "-5", "must be greater than 0")]
    [InlineData("amount", "-1e40", "must be greater than 0")]
    [InlineData("amount", "1000000.01", "must be at most 1000000")]
    [InlineData("amount", "1e40", "must be at most 1000000")]
    [InlineData("amount", "12.345", "must have at most 2 decimal places for EUR")]
    [InlineData("currency", null, "is required")]
    [InlineData("currency", "978", "must be a string")]
    [InlineData("currency", "\"eur\"", "must be 3 upper-case letters")]
    [InlineData("currency", "\"EURO\"", "must be 3 upper-case letters")]
    [InlineData("currency", "\"ABC\"", "must be an active ISO 4217 currency code")]
    [InlineData("currency", "\"HRK\"", "must be an active ISO 4217 currency code")]
    [InlineData("currency", "\"XAU\"", "must be an active ISO 4217 currency code")]
    [InlineData("merchantId", "\"\"", "must not be empty")]
    [InlineData("merchantId", "12", "must be a string")]
    [InlineData("merchantId", "\"m#1\"", IdChars)]
    [InlineData("merchantCategory", null, "is required")]
    [InlineData("merchantCategory", "5411", "must be a string")]
    [InlineData("merchantCategory", "\"541\"", "must be exactly 4 digits")]
    [InlineData("merchantCategory", "\"54111\"", "must be exactly 4 digits")]
    [InlineData("merchantCategory", "\"54a1\"", "must be exactly 4 digits")]
    [InlineData("country", null, "is required")]
    [InlineData("country", "276", "must be a string")]
    [InlineData("country", "\"DEU\"", "must be 2 upper-case letters")]
    [InlineData("country", "\"de\"", "must be 2 upper-case letters")]
    [InlineData("country", "\"XK\"", "must be an assigned ISO 3166-1 alpha-2 country code")]
    [InlineData("country", "\"UK\"", "must be an assigned ISO 3166-1 alpha-2 country code")]
    [InlineData("channel", null, "is required")]
    [InlineData("channel", "1", "must be a string")]
    [InlineData("channel", "\"online\"", "must be 'card_present', 'ecommerce' or 'transfer'")]
    [InlineData("channel", "\"CARD_PRESENT\"", "must be 'card_present', 'ecommerce' or 'transfer'")]
    [InlineData("occurredAt", null, "is required")]
    [InlineData("occurredAt", "1763719200", "must be a string")]
    public void Parse_InvalidField_ReportsProblemAtFieldPath(string field, string? rawValue, string message)
    {
        // Arrange
        var json = TestEvents.JsonWith(field, rawValue);

        // Act
        var result = TestEvents.Parse(json);

        // Assert
        Assert.Equal(new ValidationProblem("$." + field, message), Assert.Single(result.Problems));
    }

    [Theory]
    [InlineData("id", 128, true)]
    [InlineData("id", 129, false)]
    [InlineData("accountId", 64, true)]
    [InlineData("accountId", 65, false)]
    [InlineData("merchantId", 64, true)]
    [InlineData("merchantId", 65, false)]
    [InlineData("paymentId", 128, true)]
    [InlineData("paymentId", 129, false)]
    public void Parse_IdentifierLength_IsBounded(string field, int length, bool valid)
    {
        // Arrange
        var json = TestEvents.JsonWith(field, "\"" + new string('a', length) + "\"");

        // Act
        var result = TestEvents.Parse(json);

        // Assert
        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Equal($"must be at most {length - 1} characters", Assert.Single(result.Problems).Message);
        }
    }

    [Fact]
    public void Parse_IdentifierWithEveryAllowedCharacter_IsValid()
    {
        // Arrange
        var json = TestEvents.JsonWith("id", "\"AZaz09._:-\"");

        // Act
        var result = TestEvents.Parse(json);

        // Assert
        Assert.True(result.IsValid);
        Assert.Equal("AZaz09._:-", result.Event.Id);
    }

    [Fact]
    public void Parse_ChargebackWithoutPaymentId_ReportsPaymentIdRequired()
    {
        // Arrange
        var json = TestEvents.JsonWith("type", "\"chargeback\"");

        // Act
        var result = TestEvents.Parse(json);

        // Assert
        Assert.Equal(new ValidationProblem("$.paymentId", "is required"), Assert.Single(result.Problems));
    }

    [Fact]
    public void Parse_ChargebackWithPaymentId_IsValid()
    {
        // Arrange
        var json = TestEvents.JsonWith(("type", "\"chargeback\""), ("paymentId", "\"pay_9:x\""));

        // Act
        var result = TestEvents.Parse(json);

        // Assert
        Assert.True(result.IsValid);
        Assert.Equal(EventType.Chargeback, result.Event.Type);
        Assert.Equal("pay_9:x", result.Event.PaymentId);
    }

    [Theory]
    [InlineData("ecommerce", PaymentChannel.Ecommerce)]
    [InlineData("transfer", PaymentChannel.Transfer)]
    [InlineData("card_present", PaymentChannel.CardPresent)]
    public void Parse_EachChannel_IsParsed(string wire, PaymentChannel expected)
    {
        // Act
        var result = TestEvents.Parse(TestEvents.JsonWith("channel", $"\"{wire}\""));

        // Assert
        Assert.Equal(expected, result.Event?.Channel);
    }
}
