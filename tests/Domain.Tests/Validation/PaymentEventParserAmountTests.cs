using Tidewater.Domain.Validation;

namespace Tidewater.Domain.Tests.Validation;

public class PaymentEventParserAmountTests
{
    [Theory]
    [InlineData("JPY", "1500", true)]
    [InlineData("JPY", "1500.0", true)]
    [InlineData("JPY", "1500.5", false)]
    [InlineData("KRW", "0.1", false)]
    [InlineData("ISK", "99", true)]
    [InlineData("EUR", "12.34", true)]
    [InlineData("EUR", "12.340", true)]
    [InlineData("USD", "12.345", false)]
    [InlineData("BHD", "1.234", true)]
    [InlineData("KWD", "1.2345", false)]
    [InlineData("TND", "0.001", true)]
    [InlineData("CLF", "1.2345", true)]
    [InlineData("EUR", "1e2", true)]
    [InlineData("EUR", "1000000", true)]
    [InlineData("EUR", "0.01", true)]
    [InlineData("EUR", "1.5e-1", true)]
    [InlineData("EUR", "125e-3", false)]
    [InlineData("JPY", "1.5e1", true)]
    [InlineData("EUR", "999999.999999999999999999999999", false)]
    [InlineData("EUR", "1.00000000000000000000000000001", false)]
    [InlineData("EUR", "12.340000000000000000000000000000", true)]
    public void Parse_AmountDecimals_FollowCurrencyMinorUnits(string currency, string amount, bool valid)
    {
        // Arrange
        var json = TestEvents.JsonWith(("currency", $"\"{currency}\""), ("amount", amount));

        // Act
        var result = TestEvents.Parse(json);

        // Assert
        Assert.Equal(valid, result.IsValid);
    }

    [Theory]
    [InlineData("123456789012345678901234567890")]
    [InlineData("1000000.00000000000000000000001")]
    [InlineData("999999.999999999999999999999999")]
    public void Parse_ThirtyDigitAmount_IsRejectedNamingTheField(string amount)
    {
        // Act
        var result = TestEvents.Parse(TestEvents.JsonWith("amount", amount));

        // Assert
        Assert.False(result.IsValid);
        Assert.Equal("$.amount", Assert.Single(result.Problems).Path);
    }

    [Fact]
    public void Parse_FractionalJpy_SaysWholeNumber()
    {
        // Act
        var result = TestEvents.Parse(TestEvents.JsonWith(("currency", "\"JPY\""), ("amount", "100.5")));

        // Assert
        Assert.Equal(new ValidationProblem("$.amount", "must be a whole number for JPY"), Assert.Single(result.Problems));
    }

    [Fact]
    public void Parse_ThreeDecimalCurrencyWithFourDecimals_NamesTheLimit()
    {
        // Act
        var result = TestEvents.Parse(TestEvents.JsonWith(("currency", "\"BHD\""), ("amount", "1.2345")));

        // Assert
        Assert.Equal("must have at most 3 decimal places for BHD", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Parse_AmountWithTrailingZeros_KeepsItsScale()
    {
        // Act
        var result = TestEvents.Parse(TestEvents.JsonWith("amount", "12.50"));

        // Assert
        Assert.Equal(2, (int)result.Event!.Amount.Scale);
    }

    [Fact]
    public void Parse_InvalidCurrency_SkipsDecimalCheckAndReportsCurrencyOnly()
    {
        // Act
        var result = TestEvents.Parse(TestEvents.JsonWith(("currency", "\"ZZZ\""), ("amount", "1.23456")));

        // Assert
        Assert.Equal(new ValidationProblem("$.currency", "must be an active ISO 4217 currency code"), Assert.Single(result.Problems));
    }
}
