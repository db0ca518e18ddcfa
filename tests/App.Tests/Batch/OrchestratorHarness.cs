using System.Collections.Concurrent;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Tidewater.App.Batch;

namespace Tidewater.App.Tests.Batch;

/// <summary>
/// The batch orchestrators on Durable Task's in-memory engine (<see cref="DurableTaskTestHost"/>: real scheduling,
/// replay, retries, sub-orchestrations and timers), with every activity answered in memory and recorded: which ran,
/// in what order, with which input, how many attempts, and how many chunk activities were in flight at once.
/// </summary>
internal sealed class OrchestratorHarness : IAsyncDisposable
{
    public const string InstanceId = "batch-202611211000";

    private readonly ConcurrentQueue<string> _calls = new();
    private readonly ConcurrentQueue<ChunkTask> _chunkTasks = new();
    private readonly ConcurrentDictionary<(BatchPass Pass, int Chunk), int> _attempts = new();
    private readonly object _gate = new();
    private DurableTaskTestHost? _host;
    private int _inFlight;
    private int _maxInFlight;

    public OrchestratorHarness(int chunks, int groupSize = 2, int maxInFlight = 2, double tolerance = 0)
    {
        Plan = new BatchPlan("202611211000", 1, "plan1", "v0", false, 1, chunks, chunks * 10L, chunks * 1000L, new BatchSettings(groupSize, maxInFlight, tolerance));
    }

    public BatchPlan Plan { get; }

    public DurableTaskClient Client => (_host ?? throw new InvalidOperationException("Not started.")).Client;

    /// <summary>Every activity that ran, in the order it started (chunk activities included).</summary>
    public IReadOnlyList<string> Calls => [.. _calls];

    public IReadOnlyList<ChunkTask> ChunkTasks => [.. _chunkTasks];

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public BatchReportInput? Report { get; private set; }

    /// <summary>Decides which chunk attempts throw: (pass, chunk, attempt from 1) -> the exception, or null to succeed.</summary>
    public Func<BatchPass, int, int, Exception?> ChunkFails { get; init; } = (_, _, _) => null;

    /// <summary>Group instance ids whose orchestrator throws instead of running the chunks.</summary>
    public Func<string, bool> GroupFails { get; init; } = _ => false;

    /// <summary>When set, a chunk activity first waits for the task this returns (null: no wait).</summary>
    public Func<ChunkTask, Task?> Hold { get; init; } = _ => null;

    /// <summary>How many times the chunk activity of (pass, chunk) ran.</summary>
    public int Attempts(BatchPass pass, int chunk) => _attempts.GetValueOrDefault((pass, chunk));

    public async Task StartAsync()
    {
        _host = await DurableTaskTestHost.StartAsync(Register, new DurableTaskTestHostOptions
        {
            ConfigureServices = services => services.AddOrchestrationJsonWorker(),
        });
    }

    /// <summary>Schedules the batch and waits (90 s at most) for it to finish.</summary>
    public async Task<OrchestrationMetadata> RunAsync(bool publish = true)
    {
        await StartBatchAsync(publish);
        return await WaitAsync();
    }

    public Task StartBatchAsync(bool publish = true) =>
        Client.ScheduleNewOrchestrationInstanceAsync(BatchOrchestrator.Name, new BatchRequest(Plan.WindowId, 1, null, publish), new StartOrchestrationOptions(InstanceId));

    public async Task<OrchestrationMetadata> WaitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        return await Client.WaitForInstanceCompletionAsync(InstanceId, getInputsAndOutputs: true, timeout.Token);
    }

    /// <summary>The ids of the batch's group sub-orchestrations, sorted.</summary>
    public async Task<IReadOnlyList<string>> ChildIdsAsync()
    {
        var ids = new List<string>();
        await foreach (var instance in Client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = InstanceId + "-" }))
        {
            ids.Add(instance.InstanceId);
        }

        return [.. ids.Order(StringComparer.Ordinal)];
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    private void Register(DurableTaskRegistry registry)
    {
        registry.AddOrchestrator(BatchOrchestrator.Name, () => new BatchOrchestrator());
        registry.AddOrchestratorFunc<ChunkGroupInput, ChunkGroupResult>(ChunkGroupOrchestrator.Name, (context, input) =>
            GroupFails(context.InstanceId)
                ? throw new InvalidOperationException("group broke")
                : new ChunkGroupOrchestrator().RunAsync(context, input!));
        Activity<PlanBatchInput, BatchPlan>(registry, PlanBatchActivity.Name, _ => Plan);
        Activity<ResolveDuplicatesInput, DuplicateResolution>(registry, ResolveDuplicatesActivity.Name, _ => new DuplicateResolution("dedupe1", Plan.Records, 0, 0));
        Activity<MergePartialsInput, MergedPartial>(registry, MergePartialsActivity.Name, input => new MergedPartial("merged-" + input.Work.Pass, input.Chunks.Count, 0, 0));
        Activity<RefreshModelInput, ModelRefreshResult>(registry, RefreshModelActivity.Name, _ => new ModelRefreshResult("v0", "v-new", true, 3, RefitSummary.NotAttempted, ModelPublishOutcomes.Switched));
        Activity<BatchReportInput, BatchReportResult>(registry, BatchReportActivity.Name, input =>
        {
            Report = input;
            return new BatchReportResult("r.json", "r.html", "sum");
        });
        registry.AddActivityFunc<ChunkTask, ChunkResult>(IndexChunkActivity.Name, (_, task) => RunChunkAsync(IndexChunkActivity.Name, task!));
        registry.AddActivityFunc<ChunkTask, ChunkResult>(ProcessChunkActivity.Name, (_, task) => RunChunkAsync(ProcessChunkActivity.Name, task!));
    }

    private void Activity<TInput, TOutput>(DurableTaskRegistry registry, string name, Func<TInput, TOutput> answer) =>
        registry.AddActivityFunc<TInput, TOutput>(name, (_, input) =>
        {
            _calls.Enqueue(name);
            return answer(input!);
        });

    private async Task<ChunkResult> RunChunkAsync(string name, ChunkTask task)
    {
        Assert.Equal(task.Work.Pass == BatchPass.Index ? IndexChunkActivity.Name : ProcessChunkActivity.Name, name);
        _calls.Enqueue(name);
        _chunkTasks.Enqueue(task);
        int attempt = _attempts.AddOrUpdate((task.Work.Pass, task.Index), 1, (_, n) => n + 1);
        lock (_gate)
        {
            _inFlight++;
            _maxInFlight = Math.Max(_maxInFlight, _inFlight);
        }

        try
        {
            if (Hold(task) is { } wait)
            {
                await wait;
            }

            return ChunkFails(task.Work.Pass, task.Index, attempt) is { } failure
                ? throw failure
                : new ChunkResult(task.Index, 10, $"{task.Work.Pass}/{task.Index}");
        }
        finally
        {
            lock (_gate)
            {
                _inFlight--;
            }
        }
    }
}
