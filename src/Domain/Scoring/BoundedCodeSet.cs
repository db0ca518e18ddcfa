using System.Collections;

namespace Tidewater.Domain.Scoring;

/// <summary>An immutable set of at most <see cref="Capacity"/> strings, keeping the ordinally smallest.</summary>
/// <remarks>
/// Keeping the smallest (rather than the most recent) makes a union commutative and associative: the merged set is
/// the same whatever the order or grouping of the merges, so baselines built from partitions in parallel agree
/// with a sequential build. It also makes "not seen" provable: a value below the largest kept one that is absent
/// was never added, while one above it may have been dropped (see <see cref="IsKnownAbsent"/>).
/// </remarks>
internal sealed class BoundedCodeSet : IReadOnlySet<string>
{
    public const int Capacity = 32;

    private readonly string[] _items;

    private BoundedCodeSet(string[] sortedDistinct) => _items = sortedDistinct;

    public static BoundedCodeSet Empty { get; } = new([]);

    public int Count => _items.Length;

    public bool IsFull => _items.Length == Capacity;

    public static BoundedCodeSet From(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items is BoundedCodeSet set)
        {
            return set;
        }

        var sorted = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
            sorted.Add(item);
        }

        return sorted.Count == 0 ? Empty : new BoundedCodeSet(sorted.Take(Capacity).ToArray());
    }

    public BoundedCodeSet Union(BoundedCodeSet other)
    {
        if (other.Count == 0 || ReferenceEquals(this, other))
        {
            return this;
        }

        if (Count == 0)
        {
            return other;
        }

        var merged = new List<string>(Math.Min(Capacity, Count + other.Count));
        int i = 0, j = 0;
        while (merged.Count < Capacity && (i < _items.Length || j < other._items.Length))
        {
            var c = i == _items.Length ? 1 : j == other._items.Length ? -1 : string.CompareOrdinal(_items[i], other._items[j]);
            merged.Add(c <= 0 ? _items[i] : other._items[j]);
            i += c <= 0 ? 1 : 0;
            j += c >= 0 ? 1 : 0;
        }

        return new BoundedCodeSet([.. merged]);
    }

    public BoundedCodeSet With(string item)
    {
        if (Contains(item) || (IsFull && string.CompareOrdinal(item, _items[^1]) > 0))
        {
            return this;
        }

        return Union(new BoundedCodeSet([item]));
    }

    /// <summary>Tells whether <paramref name="item"/> was certainly never added (as opposed to dropped at capacity).</summary>
    public bool IsKnownAbsent(string item) =>
        !Contains(item) && (!IsFull || string.CompareOrdinal(item, _items[^1]) < 0);

    public bool Contains(string item) => Array.BinarySearch(_items, item, StringComparer.Ordinal) >= 0;

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<string> other) => ToSet().IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => ToSet().IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => ToSet().IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => ToSet().IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => ToSet().Overlaps(other);

    public bool SetEquals(IEnumerable<string> other) => ToSet().SetEquals(other);

    private HashSet<string> ToSet() => new(_items, StringComparer.Ordinal);
}
