using Moq;
using Tidewater.App.Batch;
using Tidewater.Orchestration;

namespace Tidewater.App.Tests.Batch;

/// <summary>
/// A mocked <see cref="IOrchestrationContext"/> (our port) answering every batch activity, running group
/// sub-orchestrations inline with the same context, and recording calls, child ids, custom status and how many
/// chunk activities were in flight.
/// </summary>
internal sealed class OrchestratorHarness
{
    public const string InstanceId = "batch-202611211000";

    private readonly Mock<IOrchestrationContext> _context = new();
    private int _inFlight;

    public OrchestratorHarness(int chunks, int groupSize = 2, int maxInFlight = 2, double tolerance = 0)
    {
        Plan = new BatchPlan("202611211000", 1, "plan1", "v0", false, 1, chunks, chunks * 10L, chunks * 1000L, new BatchSettings(groupSize, maxInFlight, tolerance));
        _context.SetupGet(c => c.InstanceId).Returns(InstanceId);
        _context.SetupGet(c => c.CurrentUtcDateTime).Returns(new DateTime(2026, 11, 21, 11, 0, 0, DateTimeKind.Utc));
        _context.Setup(c => c.SetCustomStatus(It.IsAny<object?>())).Callback((object? status) => Statuses.Add((BatchProgress)status!));
        Activity(PlanBatchActivity.Name, _ => Plan);
        Activity(ResolveDuplicatesActivity.Name, _ => new DuplicateResolution("dedupe1", chunks * 10L, 0, 0));
        Activity(MergePartialsActivity.Name, input => new MergedPartial("merged-" + ((MergePartialsInput)input!).Work.Pass, ((MergePartialsInput)input!).Chunks.Count, 0, 0));
        Activity(RefreshModelActivity.Name, _ => new ModelRefreshResult("v0", "v-new", true, 3, RefitSummary.NotAttempted, ModelPublishOutcomes.Switched));
        Activity(BatchReportActivity.Name, input => { Report = (BatchReportInput)input!; return new BatchReportResult("r.json", "r.html", "sum"); });
        _context.Setup(c => c.CallActivityAsync<ChunkResult>(It.IsAny<string>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Returns((string name, object? input, TaskOptions? options) => RunChunkAsync(name, (ChunkTask)input!, options));
        _context.Setup(c => c.CallSubOrchestratorAsync<ChunkGroupResult>(ChunkGroupOrchestrator.Name, It.IsAny<object?>(), It.IsAny<SubOrchestrationOptions?>()))
            .Returns((string name, object? input, SubOrchestrationOptions? options) =>
            {
                Calls.Add(name);
                ChildIds.Add(options!.InstanceId!);
                return GroupFails?.Invoke(options.InstanceId!) == true
                    ? Task.FromException<ChunkGroupResult>(new TaskFailedException(name, 0, new TaskFailureDetails("System.InvalidOperationException", "group broke")))
                    : new ChunkGroupOrchestrator().RunAsync(_context.Object, (ChunkGroupInput)input!);
            });
    }

    public BatchPlan Plan { get; }

    public IOrchestrationContext Context => _context.Object;

    public List<string> Calls { get; } = [];

    public List<string> ChildIds { get; } = [];

    public List<BatchProgress> Statuses { get; } = [];

    public List<ChunkTask> ChunkTasks { get; } = [];

    public int MaxInFlight { get; private set; }

    public BatchReportInput? Report { get; private set; }

    /// <summary>Decides which chunk activities fail (after retries): (pass, chunk) -> fail.</summary>
    public Func<BatchPass, int, bool> ChunkFails { get; set; } = (_, _) => false;

    public Func<string, bool>? GroupFails { get; set; }

    /// <summary>When set, chunk activities complete only when the test completes them.</summary>
    public List<(ChunkTask Task, TaskCompletionSource<ChunkResult> Done)>? Held { get; set; }

    public Task<BatchResult> RunAsync(bool publish = true) => new BatchOrchestrator().RunAsync(Context, new BatchRequest(Plan.WindowId, 1, null, publish));

    private void Activity<T>(string name, Func<object?, T> answer) =>
        _context.Setup(c => c.CallActivityAsync<T>(name, It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Returns((string n, object? input, TaskOptions? options) =>
            {
                Assert.NotNull(options?.Retry);
                Calls.Add(n);
                return Task.FromResult(answer(input));
            });

    private async Task<ChunkResult> RunChunkAsync(string name, ChunkTask task, TaskOptions? options)
    {
        Assert.Equal(BatchOrchestrator.ActivityRetry, options?.Retry);
        Assert.Equal(task.Work.Pass == BatchPass.Index ? IndexChunkActivity.Name : ProcessChunkActivity.Name, name);
        ChunkTasks.Add(task);
        _inFlight++;
        MaxInFlight = Math.Max(MaxInFlight, _inFlight);
        try
        {
            if (Held is { } held)
            {
                var done = new TaskCompletionSource<ChunkResult>();
                held.Add((task, done));
                return await done.Task;
            }

            if (ChunkFails(task.Work.Pass, task.Index))
            {
                throw new TaskFailedException(name, task.Index, new TaskFailureDetails("System.IO.IOException", $"chunk {task.Index} unreadable"));
            }

            return new ChunkResult(task.Index, 10, $"{task.Work.Pass}/{task.Index}");
        }
        finally
        {
            _inFlight--;
        }
    }
}
