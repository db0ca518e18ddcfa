using Tidewater.Cli.Generation;

namespace Tidewater.Cli.Tests.Generation;

public class TrafficOptionsTests
{
    [Fact]
    public void Validate_Defaults_NoProblems()
    {
        Assert.Empty(new TrafficOptions().Validate());
    }

    [Fact]
    public void Validate_EveryOptionOutOfRange_ListsEachProblem()
    {
        var options = new TrafficOptions
        {
            Accounts = 0,
            Count = 0,
            FraudRate = 0.6,
            ChargebackRate = -0.1,
            CardTestingShare = double.NaN,
            Span = TimeSpan.FromDays(7),
        };

        var problems = options.Validate();

        Assert.Equal(6, problems.Count);
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TrafficGenerator(new TrafficOptions { Count = 0 }));
    }
}
