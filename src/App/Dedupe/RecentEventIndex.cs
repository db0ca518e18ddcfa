using Microsoft.Extensions.Options;
using Tidewater.App.Accumulation;
using Tidewater.App.Configuration;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Dedupe;

/// <summary>
/// Remembers the decisions of event ids seen by this host in the current and previous window, so a repeated id
/// gets its original decision back instead of being accumulated again.
/// </summary>
/// <remarks>
/// Best effort by design: each host sees only its own traffic, and past <see cref="IngestOptions.DedupeCapacity"/>
/// new ids are not remembered; the batch counts each id once exactly. An id is remembered as pending while its
/// write is in flight, so a concurrent repeat waits for that write instead of racing it. Entries are 16 bytes plus
/// a 128-bit key, with reason lists and model versions interned.
/// </remarks>
public sealed class RecentEventIndex(IOptions<IngestOptions> options)
{
    private readonly int _capacity = options.Value.DedupeCapacity;
    private readonly Lock _gate = new();
    private readonly Dictionary<WindowKey, Dictionary<UInt128, Entry>> _generations = [];
    private readonly Dictionary<UInt128, TaskCompletionSource> _inFlight = [];
    private readonly DecisionInterner _interner = new();
    private int _count;

    /// <summary>Number of ids remembered.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>True once the remembered count has reached the capacity.</summary>
    public bool IsFull => Count >= _capacity;

    /// <summary>Looks an id up in <paramref name="window"/> and the window before it.</summary>
    /// <returns>The remembered decision, or a task to await when the id's first write is still in flight.</returns>
    internal Lookup Find(UInt128 key, WindowKey window)
    {
        lock (_gate)
        {
            if (_inFlight.TryGetValue(key, out var pending))
            {
                return new Lookup(null, pending.Task);
            }

            return TryGetLocked(key, window, out var entry, out _) || TryGetLocked(key, window.Previous, out entry, out _)
                ? new Lookup(new RememberedDecision(_interner.Expand(entry), entry.AlertPending), null)
                : default;
        }
    }

    /// <summary>Remembers a decision whose write is about to start; <see cref="Complete"/> ends the write.</summary>
    internal void BeginWrite(UInt128 key, WindowKey window, RiskDecision decision, bool alertPending)
    {
        lock (_gate)
        {
            _inFlight[key] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            AddLocked(key, window, decision, alertPending);
        }
    }

    /// <summary>Ends writes begun with <see cref="BeginWrite"/>; failed ones are forgotten.</summary>
    internal void Complete(IEnumerable<UInt128> keys, WindowKey window, bool durable)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (!durable && _generations.TryGetValue(window, out var entries) && entries.Remove(key))
                {
                    _count--;
                }

                if (_inFlight.Remove(key, out var pending))
                {
                    pending.TrySetResult();
                }
            }
        }
    }

    /// <summary>Remembers a decision read back from a stored window (start-up rebuild).</summary>
    internal void Restore(UInt128 key, WindowKey window, RiskDecision decision, bool alertPending)
    {
        lock (_gate)
        {
            AddLocked(key, window, decision, alertPending);
        }
    }

    /// <summary>Records that the alert for an id has been sent.</summary>
    internal void MarkAlertSent(UInt128 key, WindowKey window)
    {
        lock (_gate)
        {
            if (TryGetLocked(key, window, out var entry, out var entries) || TryGetLocked(key, window.Previous, out entry, out entries))
            {
                entries[key] = entry with { AlertPending = false };
            }
        }
    }

    private bool TryGetLocked(UInt128 key, WindowKey window, out Entry entry, out Dictionary<UInt128, Entry> entries)
    {
        entry = default;
        return _generations.TryGetValue(window, out entries!) && entries.TryGetValue(key, out entry);
    }

    private void AddLocked(UInt128 key, WindowKey window, RiskDecision decision, bool alertPending)
    {
        if (!_generations.TryGetValue(window, out var entries))
        {
            DropOlderThanLocked(window.Previous);
            entries = [];
            _generations[window] = entries;
        }

        if (_count >= _capacity && !entries.ContainsKey(key))
        {
            return;
        }

        if (entries.TryAdd(key, _interner.Compact(decision, alertPending)))
        {
            _count++;
        }
    }

    private void DropOlderThanLocked(WindowKey oldestKept)
    {
        foreach (var window in _generations.Keys.Where(w => w.Start < oldestKept.Start).ToList())
        {
            _count -= _generations[window].Count;
            _generations.Remove(window);
        }
    }

    internal readonly record struct Entry(double Score, Decision Decision, ushort ReasonSet, ushort ModelVersion, bool AlertPending);

    internal readonly record struct Lookup(RememberedDecision? Remembered, Task? InFlight);
}
