using Tidewater.Domain.Validation;

namespace Tidewater.Domain.Tests.Validation;

public class CodeTablesTests
{
    [Fact]
    public void CurrencyCodes_All_IsSortedDistinctAndComplete()
    {
        // Act
        var codes = CurrencyCodes.All;

        // Assert
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(165, codes.Count);
    }

    [Theory]
    [InlineData("EUR", 2)]
    [InlineData("USD", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KRW", 0)]
    [InlineData("ISK", 0)]
    [InlineData("BHD", 3)]
    [InlineData("KWD", 3)]
    [InlineData("JOD", 3)]
    [InlineData("OMR", 3)]
    [InlineData("TND", 3)]
    [InlineData("IQD", 3)]
    [InlineData("LYD", 3)]
    [InlineData("CLF", 4)]
    public void CurrencyCodes_TryGetMinorUnits_KnownCode_ReturnsIsoMinorUnit(string code, int expected)
    {
        // Act
        var found = CurrencyCodes.TryGetMinorUnits(code, out var minorUnits);

        // Assert
        Assert.True(found);
        Assert.Equal(expected, minorUnits);
    }

    [Theory]
    [InlineData("eur")]
    [InlineData("EU")]
    [InlineData("EURO")]
    [InlineData("ZZZ")]
    [InlineData("E1R")]
    [InlineData("")]
    public void CurrencyCodes_IsActive_NotACode_ReturnsFalse(string code)
    {
        // Act & Assert
        Assert.False(CurrencyCodes.IsActive(code));
    }

    [Fact]
    public void CountryCodes_All_HasThe249AssignedCodes()
    {
        // Act
        var codes = CountryCodes.All;

        // Assert
        Assert.Equal(249, codes.Count);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(249, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[A-Z]{2}$", c));
    }

    [Theory]
    [InlineData("DE", true)]
    [InlineData("GB", true)]
    [InlineData("ZW", true)]
    [InlineData("AX", true)]
    [InlineData("UK", false)]
    [InlineData("EU", false)]
    [InlineData("XK", false)]
    [InlineData("de", false)]
    [InlineData("D", false)]
    public void CountryCodes_IsAssigned_MatchesIso3166(string code, bool expected)
    {
        // Act & Assert
        Assert.Equal(expected, CountryCodes.IsAssigned(code));
    }
}
