using Tidewater.Orchestration.Engine.Runtime;

namespace Tidewater.Orchestration.Tests.Runtime;

public sealed class DeterministicGuidTests
{
    [Fact]
    public void Create_Rfc4122Vector_MatchesVersion5OfTheDnsNamespace()
    {
        // uuid5(NAMESPACE_DNS, "python.org"), the example of Python's uuid module documentation.
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), DeterministicGuid.Create(dns, "python.org"));
    }

    [Fact]
    public void ForOrchestration_DifferentCounterOrTime_DiffersAndIsVersion5()
    {
        var time = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        var a = DeterministicGuid.ForOrchestration("batch-1", time, 0);
        var b = DeterministicGuid.ForOrchestration("batch-1", time, 1);
        var c = DeterministicGuid.ForOrchestration("batch-1", time.AddTicks(1), 0);

        Assert.Equal(a, DeterministicGuid.ForOrchestration("batch-1", time, 0));
        Assert.NotEqual(a, b);
        Assert.NotEqual(a, c);
        Assert.Equal('5', a.ToString()[14]);
    }
}
