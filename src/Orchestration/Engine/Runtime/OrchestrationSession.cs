using Microsoft.Extensions.Logging;
using Tidewater.Orchestration.Engine.History;
using Tidewater.Orchestration.Engine.Persistence;

namespace Tidewater.Orchestration.Engine.Runtime;

/// <summary>
/// One execution of an orchestrator, kept in memory between episodes (as Durable's extended sessions): replayed
/// once from history when loaded, then advanced episode by episode as results arrive.
/// </summary>
/// <remarks>
/// Not thread-safe: one turn at a time drives it (the instance runner's). Calls are registered in
/// <c>OrchestrationSession.Actions.cs</c>, replay is in
/// <c>OrchestrationSession.Replay.cs</c>, live episodes in <c>OrchestrationSession.Episode.cs</c>.
/// </remarks>
internal sealed partial class OrchestrationSession
{
    private readonly RegisteredOrchestrator? _orchestrator;
    private readonly EpisodeScheduler _scheduler;
    private readonly EngineOrchestrationContext _context;
    private readonly Action _onStray;
    private readonly Dictionary<int, OpenTask> _open = [];
    private readonly SortedDictionary<int, ActionEvent> _unconfirmed = [];
    private List<HistoryEvent> _episode = [];
    private List<ActionEvent> _outbound = [];
    private Task<string?>? _run;
    private int _nextId;
    private string? _customStatus;
    private string? _recordedCustomStatus;
    private volatile bool _stray;

    public OrchestrationSession(InstanceState identity, RegisteredOrchestrator? orchestrator, ILoggerFactory loggerFactory, Action onStray)
    {
        InstanceId = identity.InstanceId;
        Name = identity.Name;
        ExecutionId = identity.ExecutionId;
        Input = identity.Input;
        Parent = identity.Parent;
        _orchestrator = orchestrator;
        _onStray = onStray;
        _scheduler = new EpisodeScheduler(OnStray);
        _context = new EngineOrchestrationContext(this, loggerFactory);
    }

    public string InstanceId { get; }

    public string Name { get; }

    public string ExecutionId { get; }

    public string? Input { get; }

    public ParentInstance? Parent { get; }

    /// <summary>The deterministic time: that of the episode being run or replayed.</summary>
    public DateTime Now { get; private set; }

    public bool IsReplaying { get; private set; }

    public bool IsStarted { get; private set; }

    /// <summary>The ExecutionCompleted/Failed/Terminated event, once recorded or replayed.</summary>
    public HistoryEvent? Terminal { get; private set; }

    /// <summary>The custom status as last checkpointed (JSON).</summary>
    public string? CustomStatus => _recordedCustomStatus;

    public OrchestrationRuntimeStatus Status => Terminal switch
    {
        ExecutionCompletedEvent => OrchestrationRuntimeStatus.Completed,
        ExecutionFailedEvent => OrchestrationRuntimeStatus.Failed,
        ExecutionTerminatedEvent => OrchestrationRuntimeStatus.Terminated,
        _ => IsStarted ? OrchestrationRuntimeStatus.Running : OrchestrationRuntimeStatus.Pending,
    };

    public string? Output => Terminal switch
    {
        ExecutionCompletedEvent completed => completed.Result,
        ExecutionTerminatedEvent terminated => terminated.Output,
        _ => null,
    };

    public TaskFailureDetails? FailureDetails => (Terminal as ExecutionFailedEvent)?.FailureDetails;

    /// <summary>The recorded actions still awaiting a result (what a restarted engine dispatches again).</summary>
    public IEnumerable<ActionEvent> OpenActions => _open.Values.Where(t => !_unconfirmed.ContainsKey(t.Id)).Select(t => t.Action);

    public bool IsOpen(int taskId) => _open.ContainsKey(taskId);

    internal int NextId() => _nextId++;

    internal void SetCustomStatus(string? json) => _customStatus = json;
}
