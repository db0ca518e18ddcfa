using System.Globalization;
using Xunit.Abstractions;
using System.Text.Json;
using Tidewater.Testing;

namespace Tidewater.LocalHost.Tests.Processes;

/// <summary>
/// Durability of a batch: the local host process is killed (SIGKILL) at random points of a batch of 20,000 events
/// and restarted on the same storage; the batch completes with the checksum of an uninterrupted run.
/// </summary>
[Collection(AzuriteCollections.Azurite)]
public sealed class CrashRecoveryTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int Events = 20_000;
    private const int Kills = 3;

    [Fact]
    public async Task Batch_HostKilledAtRandomPoints_CompletesWithTheUninterruptedChecksum()
    {
        // Arrange: one window of events, and its checksum from an uninterrupted replay with the same model.
        int seed = Environment.TickCount & 0xFFFF;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {seed}"));
        var random = new Random(seed);
        await using var cluster = new ProcessCluster(azurite.ConnectionString, output);
        var host = await cluster.StartHostAsync();
        using (var client = host.CreateClient())
        {
            var window = await ProcessCluster.PostWindowAsync(client, Events, seed);
            await ProcessCluster.WaitSealedAsync(window);
            string reference = await ProcessCluster.StartReplayAsync(client, window, "v0");
            var uninterrupted = await ProcessCluster.WaitFinishedAsync(() => client, reference, TimeSpan.FromMinutes(3));
            Assert.Equal("completed", uninterrupted.GetProperty("runtimeStatus").GetString());
            string expected = Checksum(uninterrupted);
            Assert.Equal(Events, uninterrupted.GetProperty("output").GetProperty("events").GetInt64());

            // Act: the same replay again, killed at random points and restarted each time.
            string id = await ProcessCluster.StartReplayAsync(client, window, "v0");
            Assert.NotEqual(reference, id);
            // Kill points: random, increasing fractions of the batch's progress (phase, then chunks within it).
            var points = Enumerable.Range(0, Kills).Select(_ => 0.05 + (random.NextDouble() * 0.85)).Order().ToArray();
            int kills = 0;
            foreach (double point in points)
            {
                var status = await WaitForProgressAsync(host, id, point);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kill point {point:F2}: {Describe(status)}"));
                if (!ProcessCluster.IsRunning(status))
                {
                    break;
                }

                await host.KillAsync();
                kills++;
                host = await cluster.StartHostAsync();
            }

            var finished = await ProcessCluster.WaitFinishedAsync(host.CreateClient, id, TimeSpan.FromMinutes(4));

            // Assert
            Assert.True(finished.GetProperty("runtimeStatus").GetString() == "completed", $"{finished}\n{host.Tail()}");
            Assert.Equal(expected, Checksum(finished));
            Assert.True(kills >= 2, $"only {kills} kill(s) landed while the batch ran");
        }
    }

    private static readonly string[] Phases = ["planning", "indexing", "deduplicating", "processing", "merging", "refreshing", "scoring", "reporting"];

    /// <summary>Polls the batch until its progress reaches <paramref name="point"/> (0..1) or it stops running.</summary>
    private static async Task<JsonElement?> WaitForProgressAsync(LocalHostProcess host, string id, double point)
    {
        using var client = host.CreateClient();
        return await Eventually.WaitAsync(
            () => ProcessCluster.TryGetStatusAsync(client, id),
            status => status is { } s && (!ProcessCluster.IsRunning(s) || Progress(s) >= point),
            $"batch {id} to reach {point:F2}",
            seconds: 240);
    }

    private static double Progress(JsonElement status)
    {
        if (!status.TryGetProperty("progress", out var progress) || progress.ValueKind != JsonValueKind.Object)
        {
            return 0;
        }

        int phase = Math.Max(0, Array.IndexOf(Phases, progress.GetProperty("phase").GetString()));
        long total = progress.GetProperty("chunksTotal").GetInt64();
        double within = total == 0 ? 0 : (double)progress.GetProperty("chunksDone").GetInt64() / total;
        return (phase + within) / Phases.Length;
    }

    private static string Checksum(JsonElement status) => status.GetProperty("output").GetProperty("checksum").GetString()!;

    private static string Describe(JsonElement? status) =>
        status is { } s ? $"{s.GetProperty("runtimeStatus").GetString()} {(s.TryGetProperty("progress", out var p) ? p.ToString() : string.Empty)}" : "(no answer)";
}
