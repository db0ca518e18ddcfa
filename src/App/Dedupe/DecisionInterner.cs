using Tidewater.Domain.Scoring;

namespace Tidewater.App.Dedupe;

/// <summary>Interns reason lists and model versions so a remembered decision is a small struct.</summary>
/// <remarks>Not thread-safe: <see cref="RecentEventIndex"/> calls it under its lock.</remarks>
internal sealed class DecisionInterner
{
    private readonly List<IReadOnlyList<string>> _reasonSets = [];
    private readonly Dictionary<string, ushort> _reasonSetIds = [];
    private readonly List<string> _versions = [];
    private readonly Dictionary<string, ushort> _versionIds = [];

    public RecentEventIndex.Entry Compact(RiskDecision decision, bool alertPending)
    {
        var reasons = Intern(_reasonSets, _reasonSetIds, string.Join('\u001f', decision.Reasons), decision.Reasons);
        var version = Intern(_versions, _versionIds, decision.ModelVersion, decision.ModelVersion);
        return new RecentEventIndex.Entry(decision.Score, decision.Decision, reasons, version, alertPending);
    }

    public RiskDecision Expand(RecentEventIndex.Entry entry) =>
        new(entry.Score, entry.Decision, _reasonSets[entry.ReasonSet], _versions[entry.ModelVersion]);

    private static ushort Intern<T>(List<T> values, Dictionary<string, ushort> ids, string key, T value)
    {
        if (!ids.TryGetValue(key, out var id))
        {
            if (values.Count >= ushort.MaxValue)
            {
                throw new InvalidOperationException("Too many distinct reason lists or model versions to intern.");
            }

            id = (ushort)values.Count;
            values.Add(value);
            ids[key] = id;
        }

        return id;
    }
}
