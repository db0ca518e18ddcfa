using System.Collections.Concurrent;
using System.Text.Json;
using Azure;
using Tidewater.Orchestration.Engine.Persistence;
using Tidewater.Orchestration.Engine.Runtime;

namespace Tidewater.Orchestration.Engine.Hosting;

/// <summary>
/// Drives one execution: an inbox of results, and turns that take everything queued, run one episode, checkpoint
/// it with one append, and only then dispatch what it started and update the state blob.
/// </summary>
/// <remarks>
/// <para>At most one turn runs at a time (a scheduled flag); an orchestrator worker runs it. Batching is natural:
/// while a checkpoint is in flight, results pile up and the next turn takes them all.</para>
/// <para>A turn that fails on storage drops the in-memory session and retries with the same messages after a
/// back-off: the session is rebuilt by replaying the checkpointed history, so nothing uncheckpointed is ever acted
/// on. The turn is in <c>InstanceRunner.Turn.cs</c>, dispatch in <c>InstanceRunner.Dispatch.cs</c>.</para>
/// </remarks>
internal sealed partial class InstanceRunner
{
    private const int MaxMessagesPerTurn = 20_000;
    private static readonly TimeSpan[] RetryDelays =
        [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)];

    private readonly EngineRuntime _runtime;
    private readonly ConcurrentQueue<InstanceMessage> _inbox = new();
    private readonly List<InstanceMessage> _redeliver = [];
    private InstanceState _state;
    private ETag _etag;
    private OrchestrationSession? _session;
    private HistoryLog? _log;
    private bool _historyIsEmpty;
    private int _scheduled;
    private int _failures;
    private volatile bool _finished;

    public InstanceRunner(EngineRuntime runtime, StoredInstance instance, bool historyIsEmpty)
    {
        _runtime = runtime;
        _state = instance.State;
        _etag = instance.ETag;
        _historyIsEmpty = historyIsEmpty;
        InstanceId = instance.State.InstanceId;
        ExecutionId = instance.State.ExecutionId;
    }

    public string InstanceId { get; }

    public string ExecutionId { get; }

    public bool IsFinished => _finished;

    /// <summary>Queues a message and makes sure a turn will take it. Thread-safe.</summary>
    public void Post(InstanceMessage message)
    {
        if (_finished)
        {
            return;
        }

        _runtime.Pending.Increment();
        _inbox.Enqueue(message);
        ScheduleTurn();
    }

    /// <summary>Runs one turn (called by an orchestrator worker; never concurrently with itself).</summary>
    public async Task RunTurnAsync()
    {
        var batch = Drain();
        try
        {
            if (!_finished)
            {
                await ProcessAsync(batch).ConfigureAwait(false);
            }

            _failures = 0;
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            _session = null;
            _log = null;
            _redeliver.AddRange(batch);
            var delay = RetryDelays[Math.Min(_failures++, RetryDelays.Length - 1)];
            Log.TurnFailed(_runtime.Logger, e, InstanceId, delay);
            _ = RetryLaterAsync(delay); // keeps the runner scheduled; the messages stay counted as pending
            return;
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            Log.InstanceUnreadable(_runtime.Logger, e, InstanceId);
            Finish(notify: false);
        }

        _runtime.Pending.Decrement(batch.Count);
        if (!_inbox.IsEmpty)
        {
            // More arrived during the turn: stay scheduled, so the scheduled count never dips to zero meanwhile
            // (a stopping engine waits for that count to reach zero before it shuts down).
            _runtime.Ready.Writer.TryWrite(this);
            return;
        }

        Volatile.Write(ref _scheduled, 0);
        _runtime.Scheduled.Decrement();
        if (!_inbox.IsEmpty)
        {
            ScheduleTurn(); // a message that arrived between the check and the reset
        }
    }

    /// <summary>True while messages wait for a turn.</summary>
    public bool HasMessages => !_inbox.IsEmpty;

    private void ScheduleTurn()
    {
        if (Interlocked.CompareExchange(ref _scheduled, 1, 0) == 0)
        {
            _runtime.Scheduled.Increment();
            _runtime.Ready.Writer.TryWrite(this);
        }
    }

    private List<InstanceMessage> Drain()
    {
        var batch = new List<InstanceMessage>(_redeliver);
        _redeliver.Clear();
        while (batch.Count < MaxMessagesPerTurn && _inbox.TryDequeue(out var message))
        {
            batch.Add(message);
        }

        return batch;
    }

    private async Task RetryLaterAsync(TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _runtime.Lifetime).ConfigureAwait(false);
            _runtime.Ready.Writer.TryWrite(this);
        }
        catch (OperationCanceledException)
        {
            // The engine stopped; the history has everything checkpointed.
        }
    }

    private bool IsStorageFailure(Exception e) =>
        e is RequestFailedException or AggregateException or IOException or HttpRequestException or TimeoutException
        || (e is OperationCanceledException && !_runtime.Lifetime.IsCancellationRequested);
}
