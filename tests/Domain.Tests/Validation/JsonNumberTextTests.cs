using System.Text;
using Tidewater.Domain.Validation;
using Xunit;

namespace Tidewater.Domain.Tests.Validation;

public sealed class JsonNumberTextTests
{
    [Theory]
    [InlineData("12", 0)]
    [InlineData("12.50", 1)]
    [InlineData("-0.001", 3)]
    [InlineData("1.5e1", 0)]
    [InlineData("1.25E+1", 1)]
    [InlineData("5e-3", 3)]
    [InlineData("1.00000000000000000000000000001", 29)]
    [InlineData("1e-99999999999", int.MaxValue)]
    [InlineData("1.5e99999999999", 0)]
    public void DecimalPlaces_OfJsonNumber_CountsSignificantFractionDigits(string number, int expected)
    {
        // Act
        int places = JsonNumberText.DecimalPlaces(Encoding.UTF8.GetBytes(number));

        // Assert
        Assert.Equal(expected, places);
    }
}
