using System.Text;
using Tidewater.Cli.Sending;

namespace Tidewater.Cli.Tests.Sending;

public class DecisionResponseReaderTests
{
    [Fact]
    public void Count_HostAnswer_CountsEachDecisionAndDuplicates()
    {
        var json = """
            {"decisions":[
              {"eventId":"a","decision":"approve","score":0.01,"reasons":[],"modelVersion":"v0","duplicate":false},
              {"eventId":"b","decision":"review","score":0.6,"reasons":["new_country"],"modelVersion":"v0","duplicate":false},
              {"eventId":"c","decision":"decline","score":0.9,"reasons":["decision"],"modelVersion":"v0","duplicate":true},
              {"eventId":"d","decision":"approve","score":0.01,"reasons":[],"modelVersion":"v0","duplicate":true}]}
            """;

        var counts = DecisionResponseReader.Count(Encoding.UTF8.GetBytes(json));

        Assert.Equal(new DecisionCounts(2, 1, 1, 2), counts);
        Assert.Equal(4, counts.Total);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"decisions\":[{\"decision\":\"approve\"")]
    [InlineData("[1,2,3]")]
    public void Count_UnexpectedBody_DoesNotThrow(string body)
    {
        var counts = DecisionResponseReader.Count(Encoding.UTF8.GetBytes(body));

        Assert.True(counts.Total <= 1);
    }
}
