using System.Globalization;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using Tidewater.Testing;

namespace Tidewater.LocalHost.Tests.Processes;

/// <summary>
/// Two local host processes on one storage account share one task hub: a batch's activities run in both, and when
/// one is killed (SIGKILL) the other finishes the batch with the checksum of a run where both stayed up.
/// </summary>
[Collection(AzuriteCollections.Azurite)]
public sealed partial class SharedTaskHubTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int Events = 10_000;

    [Fact]
    public async Task Batch_TwoHostsOneHub_RunsInBothAndSurvivesTheLossOfOne()
    {
        // Arrange: two hosts on one hub, one window of events.
        await using var cluster = new ProcessCluster(azurite.ConnectionString, output);
        var first = await cluster.StartHostAsync();
        var second = await cluster.StartHostAsync();
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();
        var window = await ProcessCluster.PostWindowAsync(firstClient, Events, seed: 9);
        await ProcessCluster.WaitSealedAsync(window);

        // A batch with both hosts up: its activities run in both.
        string reference = await ProcessCluster.StartReplayAsync(firstClient, window, "v0");
        var uninterrupted = await ProcessCluster.WaitFinishedAsync(() => secondClient, reference, TimeSpan.FromMinutes(3));
        Assert.Equal("completed", uninterrupted.GetProperty("runtimeStatus").GetString());
        Assert.Equal(Events, uninterrupted.GetProperty("output").GetProperty("events").GetInt64());
        int firstRan = CompletedActivities(first, reference).Count;
        int secondRan = CompletedActivities(second, reference).Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{reference}: {firstRan} activities on {first.Name}, {secondRan} on {second.Name}"));
        Assert.True(firstRan > 0 && secondRan > 0, $"activities ran on {first.Name}: {firstRan}, on {second.Name}: {secondRan}");

        // Act: the same replay again; the first host is killed once both have run some of it.
        string id = await ProcessCluster.StartReplayAsync(firstClient, window, "v0");
        var running = await Eventually.WaitAsync(
            () => ProcessCluster.TryGetStatusAsync(secondClient, id),
            status => !ProcessCluster.IsRunning(status) || (CompletedActivities(first, id).Count > 0 && CompletedActivities(second, id).Count > 0),
            $"both hosts to run activities of {id}",
            seconds: 180);
        Assert.True(ProcessCluster.IsRunning(running), $"{id} finished before both hosts ran part of it: {running}");
        await first.KillAsync();
        var killedRan = CompletedActivities(first, id);
        output.WriteLine($"{first.Name} killed after {killedRan.Count} activities of {id}: {running}");
        System.Text.Json.JsonElement finished;
        try
        {
            finished = await ProcessCluster.WaitFinishedAsync(() => secondClient, id, TimeSpan.FromMinutes(4));
        }
        catch (TimeoutException)
        {
            output.WriteLine($"{second.Name} output:\n{second.Tail(20_000)}");
            throw;
        }

        // Assert: the survivor finished the batch, ran its report, and the result is the uninterrupted one.
        Assert.True(finished.GetProperty("runtimeStatus").GetString() == "completed", $"{finished}\n{second.Tail()}");
        Assert.Equal(Checksum(uninterrupted), Checksum(finished));
        Assert.Contains("BatchReport", CompletedActivities(second, id));
        Assert.DoesNotContain("BatchReport", killedRan);
    }

    /// <summary>The names of the activities of <paramref name="instancePrefix"/> (or its sub-orchestrations) the host completed.</summary>
    private static List<string> CompletedActivities(LocalHostProcess host, string instancePrefix) =>
        CompletedLine().Matches(host.Output)
            .Where(m => m.Groups["instance"].Value == instancePrefix || m.Groups["instance"].Value.StartsWith(instancePrefix + "-", StringComparison.Ordinal))
            .Select(m => m.Groups["activity"].Value)
            .ToList();

    private static string Checksum(System.Text.Json.JsonElement status) => status.GetProperty("output").GetProperty("checksum").GetString()!;

    [GeneratedRegex(@"Activity (?<activity>\S+) of (?<instance>\S+) completed in")]
    private static partial Regex CompletedLine();
}
