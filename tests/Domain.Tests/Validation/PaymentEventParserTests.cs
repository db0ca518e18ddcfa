using Tidewater.Domain.Events;
using Tidewater.Domain.Validation;

namespace Tidewater.Domain.Tests.Validation;

public class PaymentEventParserTests
{
    [Fact]
    public void Parse_ValidEvent_ReturnsEveryField()
    {
        // Arrange
        var json = TestEvents.ValidJson;

        // Act
        var result = TestEvents.Parse(json);

        // Assert
        Assert.True(result.IsValid);
        Assert.Empty(result.Problems);
        var e = result.Event;
        Assert.Equal("evt-1", e.Id);
        Assert.Equal(EventType.Payment, e.Type);
        Assert.Null(e.PaymentId);
        Assert.Equal("acct-1", e.AccountId);
        Assert.Equal(12.5m, e.Amount);
        Assert.Equal("EUR", e.Currency);
        Assert.Equal("m-1", e.MerchantId);
        Assert.Equal("5411", e.MerchantCategory);
        Assert.Equal("DE", e.Country);
        Assert.Equal(PaymentChannel.CardPresent, e.Channel);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), e.OccurredAt);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void Parse_NotAnObject_ReportsAtPrefix(string json)
    {
        // Act
        var result = TestEvents.Parse(json, "$[3]");

        // Assert
        var problem = Assert.Single(result.Problems);
        Assert.Equal(new ValidationProblem("$[3]", "must be a JSON object"), problem);
        Assert.Null(result.Event);
    }

    [Fact]
    public void Parse_SeveralInvalidFields_ReportsAllInFieldOrder()
    {
        // Arrange
        var json = TestEvents.JsonWith(
            ("occurredAt", "\"yesterday\""), ("amount", "\"12.5\""), ("id", null), ("country", "\"de\""));

        // Act
        var result = TestEvents.Parse(json, "$[3]");

        // Assert
        Assert.False(result.IsValid);
        Assert.Equal(
            [
                new ValidationProblem("$[3].id", "is required"),
                new ValidationProblem("$[3].amount", "must be a number"),
                new ValidationProblem("$[3].country", "must be 2 upper-case letters"),
                new ValidationProblem("$[3].occurredAt", "must be an RFC 3339 date-time with an offset, e.g. 2026-11-21T10:00:00Z"),
            ],
            result.Problems);
    }

    [Fact]
    public void Parse_EmptyObject_ReportsEveryRequiredField()
    {
        // Act
        var result = TestEvents.Parse("{}");

        // Assert
        Assert.Equal(
            ["$.id", "$.type", "$.accountId", "$.amount", "$.currency", "$.merchantCategory", "$.country", "$.channel", "$.occurredAt"],
            result.Problems.Select(p => p.Path));
        Assert.All(result.Problems, p => Assert.Equal("is required", p.Message));
    }

    [Fact]
    public void Parse_UnknownFields_AreIgnored()
    {
        // Arrange
        var json = TestEvents.JsonWith(("extra", "{\"nested\":[1,2]}"), ("Amount", "\"not me\""), ("note", "null"));

        // Act
        var result = TestEvents.Parse(json);

        // Assert
        Assert.True(result.IsValid);
        Assert.Equal(12.5m, result.Event.Amount);
    }

    [Fact]
    public void Parse_DuplicateKnownField_IsReported()
    {
        // Arrange
        var json = TestEvents.ValidJson.Replace("\"amount\":12.5", "\"amount\":12.5,\"amount\":13", StringComparison.Ordinal);

        // Act
        var result = TestEvents.Parse(json);

        // Assert
        Assert.Equal(new ValidationProblem("$.amount", "must appear only once"), Assert.Single(result.Problems));
    }

    [Fact]
    public void Parse_EscapedNamesAndValues_AreUnescaped()
    {
        // Arrange
        var json = TestEvents.ValidJson
            .Replace("\"accountId\":\"acct-1\"", "\"account\\u0049d\":\"acct\\u002D1\"", StringComparison.Ordinal);

        // Act
        var result = TestEvents.Parse(json);

        // Assert
        Assert.True(result.IsValid);
        Assert.Equal("acct-1", result.Event.AccountId);
    }

    [Fact]
    public void Parse_NullOptionalFields_AreTreatedAsAbsent()
    {
        // Arrange
        var json = TestEvents.JsonWith(("merchantId", "null"), ("paymentId", "null"));

        // Act
        var result = TestEvents.Parse(json);

        // Assert
        Assert.True(result.IsValid);
        Assert.Null(result.Event.MerchantId);
        Assert.Null(result.Event.PaymentId);
    }

    [Fact]
    public void Parse_NullPath_Throws()
    {
        // Arrange
        using var document = System.Text.Json.JsonDocument.Parse(TestEvents.ValidJson);

        // Act & Assert
        Assert.Throws<ArgumentNullException>(() => PaymentEventParser.Parse(document.RootElement, null!, TestEvents.AtNow));
    }

    [Fact]
    public void Parse_LoneSurrogateEscape_IsACharsetProblemNotAnException()
    {
        // Arrange
        var json = TestEvents.ValidJson.Replace("\"evt-1\"", "\"a\\ud800b\"", StringComparison.Ordinal);

        // Act
        var result = TestEvents.Parse(json);

        // Assert
        Assert.Equal("$.id", Assert.Single(result.Problems).Path);
    }
}
