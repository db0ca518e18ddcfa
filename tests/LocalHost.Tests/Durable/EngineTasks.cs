using System.Collections.Concurrent;
using Microsoft.DurableTask;

namespace Tidewater.LocalHost.Tests.Durable;

/// <summary>Fans out <c>n</c> <see cref="SquareActivity"/> calls and returns the sum of the squares.</summary>
public sealed class SumOfSquaresOrchestrator : TaskOrchestrator<int, long>
{
    public override async Task<long> RunAsync(TaskOrchestrationContext context, int input)
    {
        var squares = Enumerable.Range(1, input).Select(i => context.CallActivityAsync<long>(nameof(SquareActivity), i));
        return (await Task.WhenAll(squares)).Sum();
    }
}

public sealed class SquareActivity : TaskActivity<int, long>
{
    public override Task<long> RunAsync(TaskActivityContext context, int input) => Task.FromResult((long)input * input);
}

/// <summary>Calls <see cref="FlakyActivity"/> with a retry policy of three attempts.</summary>
public sealed class RetryingOrchestrator : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input) =>
        context.CallActivityAsync<string>(nameof(FlakyActivity), input,
            TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromMilliseconds(200))));
}

/// <summary>Fails the first call for each input, then echoes it.</summary>
public sealed class FlakyActivity : TaskActivity<string, string>
{
    public static ConcurrentDictionary<string, int> Attempts { get; } = new();

    public override Task<string> RunAsync(TaskActivityContext context, string input) =>
        Attempts.AddOrUpdate(input, 1, (_, n) => n + 1) == 1
            ? throw new InvalidOperationException("first attempt fails")
            : Task.FromResult(input + " ok");
}

/// <summary>Waits on a durable timer far in the future, so it runs until terminated.</summary>
public sealed class WaitingOrchestrator : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        await context.CreateTimer(context.CurrentUtcDateTime.AddHours(1), CancellationToken.None);
        return input;
    }
}

/// <summary>Which host a test task ran in: one per host's services.</summary>
public sealed record HostTag(string Name);

/// <summary>Fans out <c>n</c> <see cref="WhereActivity"/> calls and returns the host name each ran in.</summary>
public sealed class WhereOrchestrator : TaskOrchestrator<int, string[]>
{
    public override async Task<string[]> RunAsync(TaskOrchestrationContext context, int input) =>
        await Task.WhenAll(Enumerable.Range(0, input).Select(i => context.CallActivityAsync<string>(nameof(WhereActivity), i)));
}

/// <summary>Takes a little while, as real work does, and answers with its host's name.</summary>
public sealed class WhereActivity(HostTag host) : TaskActivity<int, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, int input)
    {
        // Simulated work, so that activities overlap and both hosts take some.
        await Task.Delay(150);
        return host.Name;
    }
}
