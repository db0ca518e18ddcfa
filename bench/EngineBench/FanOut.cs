using Microsoft.DurableTask;

namespace Tidewater.EngineBench;

/// <summary>What one measured orchestration fans out: <see cref="Groups"/> sub-orchestrations of <see cref="PerGroup"/> activities, or, with one group, the activities directly.</summary>
internal sealed record FanOutShape(int Groups, int PerGroup)
{
    public int Activities => Groups * PerGroup;

    public override string ToString() => Groups == 1 ? $"flat {PerGroup}" : $"{Groups} groups x {PerGroup}";
}

/// <summary>The measured orchestration: fans out over the shape and fans the results back in (their sum).</summary>
internal sealed class FanOutOrchestrator : TaskOrchestrator<FanOutShape, int>
{
    public const string Name = "BenchFanOut";

    public override async Task<int> RunAsync(TaskOrchestrationContext context, FanOutShape shape)
    {
        if (shape.Groups == 1)
        {
            return await GroupOrchestrator.FanOutAsync(context, shape.PerGroup);
        }

        var groups = new Task<int>[shape.Groups];
        for (int g = 0; g < shape.Groups; g++)
        {
            groups[g] = context.CallSubOrchestratorAsync<int>(GroupOrchestrator.Name, shape.PerGroup,
                new SubOrchestrationOptions { InstanceId = $"{context.InstanceId}-g{g}" });
        }

        return (await Task.WhenAll(groups)).Sum();
    }
}

/// <summary>One group: <c>n</c> no-op activities at once.</summary>
internal sealed class GroupOrchestrator : TaskOrchestrator<int, int>
{
    public const string Name = "BenchGroup";

    public override Task<int> RunAsync(TaskOrchestrationContext context, int n) => FanOutAsync(context, n);

    public static async Task<int> FanOutAsync(TaskOrchestrationContext context, int n)
    {
        var calls = new Task<int>[n];
        for (int i = 0; i < n; i++)
        {
            calls[i] = context.CallActivityAsync<int>(NoOpActivity.Name, i);
        }

        return (await Task.WhenAll(calls)).Length;
    }
}

/// <summary>Does nothing: what is measured is the engine's cost per activity.</summary>
internal sealed class NoOpActivity : TaskActivity<int, int>
{
    public const string Name = "BenchNoOp";

    public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input);
}
