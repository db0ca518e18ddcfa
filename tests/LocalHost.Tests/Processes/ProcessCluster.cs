using System.Globalization;
using Xunit.Abstractions;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Tidewater.Testing;

namespace Tidewater.LocalHost.Tests.Processes;

/// <summary>
/// Local host processes on one storage account and task hub, with unique container, queue and hub names, one-minute
/// windows sealed two seconds after their end, no scheduled batches, and known keys; plus the HTTP calls the
/// process tests make.
/// </summary>
public sealed class ProcessCluster(string connectionString, ITestOutputHelper output) : IAsyncDisposable
{
    public const string FunctionKey = "process-function-key";
    public const string AdminKey = "process-admin-key";
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    /// <summary>The log category of the local host's per-activity lines (App's InstrumentedActivity).</summary>
    public const string ActivityLogCategory = "Tidewater.App.Batch.InstrumentedActivity";

    private readonly string _suffix = Guid.NewGuid().ToString("N")[..12];
    private readonly List<LocalHostProcess> _hosts = [];
    private int _started;

    /// <summary>Every host started, running or not.</summary>
    public IReadOnlyList<LocalHostProcess> Hosts => _hosts;

    /// <summary>The settings every host of the cluster gets.</summary>
    public Dictionary<string, string> Environment => new()
    {
        ["AzureWebJobsStorage"] = connectionString,
        ["InboundQueue"] = "in-" + _suffix,
        ["BatchSchedule"] = "0 0 0 1 1 *",
        ["Tidewater__AlertQueue"] = "alerts-" + _suffix,
        ["Tidewater__EventsContainer"] = "events-" + _suffix,
        ["Tidewater__ModelsContainer"] = "models-" + _suffix,
        ["Tidewater__PoisonContainer"] = "poison-" + _suffix,
        ["Tidewater__ScheduleContainer"] = "schedule-" + _suffix,
        ["Tidewater__BatchContainer"] = "batch-" + _suffix,
        ["Tidewater__WindowMinutes"] = "1",
        ["Tidewater__SealGraceSeconds"] = "2",
        ["Tidewater__ChunkMaxItems"] = "1000",
        ["Tidewater__ChunkGroupSize"] = "5",
        ["Tidewater__FunctionKey"] = FunctionKey,
        ["Tidewater__AdminKey"] = AdminKey,
        ["AzureFunctionsJobHost__extensions__durableTask__hubName"] = "Hub" + _suffix,

        // A killed host's dequeued messages come back after these (Durable's defaults are 5 minutes), and an idle
        // partition is polled at least every 2 s (default 30 s): the test waits seconds, not minutes, for recovery.
        ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__controlQueueVisibilityTimeout"] = "00:00:10",
        ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__workItemQueueVisibilityTimeout"] = "00:00:10",
        ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__maxQueuePollingInterval"] = "00:00:02",
        ["Logging__LogLevel__DurableTask"] = "Warning",

        // One line per batch activity a host runs, with its instance id: the tests see which host ran what.
        ["Logging__LogLevel__" + ActivityLogCategory] = "Debug",
    };

    /// <summary>Starts one more host on the cluster's storage.</summary>
    public async Task<LocalHostProcess> StartHostAsync()
    {
        string name = "host-" + Interlocked.Increment(ref _started).ToString(CultureInfo.InvariantCulture);
        var host = await LocalHostProcess.StartAsync(name, Environment, StartTimeout);
        _hosts.Add(host);
        output.WriteLine($"{name} started at {host.BaseAddress}");
        return host;
    }

    /// <summary>
    /// Posts <paramref name="count"/> events as NDJSON, 1,000 a request, into the window open now, after waiting (in
    /// real time, at most 20 s) until enough of the minute is left; returns the window's start.
    /// </summary>
    public static async Task<DateTimeOffset> PostWindowAsync(HttpClient client, int count, int seed)
    {
        while (DateTimeOffset.UtcNow.Second > 40)
        {
            // WARNING: the host process runs on the real clock; the events must land in one window.
            await Task.Delay(250);
        }

        var now = DateTimeOffset.UtcNow;
        var random = new Random(seed);
        string occurredAt = now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        for (int offset = 0; offset < count; offset += 1000)
        {
            var body = new StringBuilder();
            for (int i = offset; i < Math.Min(count, offset + 1000); i++)
            {
                decimal amount = Math.Round((decimal)(5 + random.NextDouble() * (i % 50 == 0 ? 9000 : 200)), 2);
                string country = i % 37 == 0 ? "NG" : "DE";
                body.Append(CultureInfo.InvariantCulture, $$"""{"id":"crash-{{seed}}-{{i}}","type":"payment","accountId":"acct-{{random.Next(500)}}","amount":{{amount}},"currency":"EUR","merchantCategory":"5411","country":"{{country}}","channel":"card_present","occurredAt":"{{occurredAt}}"}""").Append('\n');
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = new StringContent(body.ToString(), Encoding.UTF8, "application/x-ndjson") };
            request.Headers.Add("x-functions-key", FunctionKey);
            using var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"POST /api/events answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        var start = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        if (DateTimeOffset.UtcNow >= start.AddMinutes(1))
        {
            throw new InvalidOperationException("The events spilled into the next window; the machine is too slow for this test's timing.");
        }

        return start;
    }

    /// <summary>Waits (real time) until the window that starts at <paramref name="start"/> is sealed.</summary>
    public static async Task WaitSealedAsync(DateTimeOffset start)
    {
        var sealedAt = start.AddMinutes(1).AddSeconds(3);
        var wait = sealedAt - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            // WARNING: real time, as the host process sees it.
            await Task.Delay(wait);
        }
    }

    /// <summary>Starts a replay of the window with a pinned model (no publish) and returns its instance id.</summary>
    public static async Task<string> StartReplayAsync(HttpClient client, DateTimeOffset window, string modelVersion)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/batches")
        {
            Content = JsonContent.Create(new { from = window, to = window.AddMinutes(1), modelVersion, publishModel = false }),
        };
        request.Headers.Add("x-functions-key", FunctionKey);
        using var response = await client.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"POST /api/batches answered {(int)response.StatusCode}: {text}");
        }

        return JsonDocument.Parse(text).RootElement.GetProperty("batches")[0].GetProperty("id").GetString()!;
    }

    /// <summary>The batch's status document, or null while the host does not answer (it may have just been killed).</summary>
    public static async Task<JsonElement?> TryGetStatusAsync(HttpClient client, string id)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/batches/{id}");
            request.Headers.Add("x-functions-key", FunctionKey);
            using var response = await client.SendAsync(request);
            return response.StatusCode == HttpStatusCode.OK ? (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone() : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>Waits until the batch has finished and returns its status; the host may change under it (see <paramref name="client"/>).</summary>
    public static async Task<JsonElement> WaitFinishedAsync(Func<HttpClient> client, string id, TimeSpan timeout)
    {
        var status = await Eventually.WaitAsync(
            () => TryGetStatusAsync(client(), id),
            s => s is { } v && v.GetProperty("runtimeStatus").GetString() is "completed" or "failed" or "terminated",
            $"batch {id} to finish",
            (int)timeout.TotalSeconds);
        return status!.Value;
    }

    /// <summary>True while the batch is pending or running.</summary>
    public static bool IsRunning(JsonElement? status) =>
        status is { } s && s.GetProperty("runtimeStatus").GetString() is "pending" or "running";

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
    }
}
