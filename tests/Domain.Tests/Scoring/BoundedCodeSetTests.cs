using System.Globalization;
using Tidewater.Domain.Scoring;
using Tidewater.Domain.Statistics;

namespace Tidewater.Domain.Tests.Scoring;

/// <summary>The bounded code sets (internal) through <see cref="AccountBaseline"/>, which builds and merges them.</summary>
public class BoundedCodeSetTests
{
    private static readonly string[] Codes = [.. Enumerable.Range(0, 60).Select(i => (9000 + (i * 7)).ToString(CultureInfo.InvariantCulture))];

    public static TheoryData<string[]> Inputs() => new()
    {
        { [] },
        { ["DE"] },
        { ["AT", "DE", "FR"] },
        { ["FR", "AT", "DE"] },
        { ["AT", "DE", "DE", "FR"] },
        { Codes[..50] },
        { [.. Codes[..50].Reverse()] },
        { [.. Codes[..40], .. Codes[..40]] },
        { Codes[..32] },
        { ["B", "a", "ä"] },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Constructor_ArrayOrList_EqualsAnyOtherSequence(string[] codes)
    {
        // Arrange
        var expected = codes.Distinct().Order(StringComparer.Ordinal).Take(AccountBaseline.MaxCodesPerSet).ToArray();

        // Act
        var fromArray = new AccountBaseline(RunningStats.Empty, codes, codes.ToList());
        var fromSequence = new AccountBaseline(RunningStats.Empty, codes.Select(c => c), codes.Select(c => c));

        // Assert
        Assert.Equal(expected, fromArray.Countries.ToArray());
        Assert.Equal(expected, fromArray.MerchantCategories.ToArray());
        Assert.Equal(fromSequence, fromArray);
    }

    [Fact]
    public void Constructor_ArrayWithNull_Throws()
    {
        // Arrange
        string[] sorted = ["AT", null!];

        // Act
        var exception = Record.Exception(() => new AccountBaseline(RunningStats.Empty, sorted, []));

        // Assert
        Assert.IsType<ArgumentNullException>(exception);
    }

    [Fact]
    public void Constructor_Array_IsCopied()
    {
        // Arrange
        string[] countries = ["AT", "DE"];
        var baseline = new AccountBaseline(RunningStats.Empty, countries, []);

        // Act
        countries[0] = "ZZ";

        // Assert
        Assert.Equal(["AT", "DE"], baseline.Countries);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Merge_RandomSets_EqualsSmallestOfTheUnion(int seed)
    {
        // Arrange
        var random = new Random(seed);
        for (int round = 0; round < 200; round++)
        {
            var a = Codes.Where(_ => random.Next(4) == 0).ToArray();
            var b = random.Next(3) == 0 ? a.Where(_ => random.Next(2) == 0).ToArray() : Codes.Where(_ => random.Next(3) == 0).ToArray();
            var left = new AccountBaseline(RunningStats.Empty, a, []);
            var right = new AccountBaseline(RunningStats.Empty, b.Reverse(), []);

            // Act
            var merged = left.Merge(right);

            // Assert
            var expected = a.Concat(b).Distinct().Order(StringComparer.Ordinal).Take(AccountBaseline.MaxCodesPerSet).ToArray();
            Assert.Equal(expected, merged.Countries.ToArray());
            Assert.Equal(merged, right.Merge(left));
        }
    }

    [Fact]
    public void Merge_FullSetWithSmallerCode_KeepsTheSmallest()
    {
        // Arrange
        var full = new AccountBaseline(RunningStats.Empty, Codes[1..33], []);
        var smaller = new AccountBaseline(RunningStats.Empty, [Codes[0], Codes[2]], []);

        // Act
        var merged = full.Merge(smaller);

        // Assert
        Assert.Equal(Codes[..32], merged.Countries.ToArray());
    }
}
