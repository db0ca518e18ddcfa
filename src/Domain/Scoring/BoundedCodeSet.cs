using System.Collections;
using System.Runtime.InteropServices;

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

        if (TryGetSpan(items, out var span) && IsStrictlyIncreasing(span))
        {
            return span.IsEmpty ? Empty : new BoundedCodeSet(span[..Math.Min(span.Length, Capacity)].ToArray());
        }

        var sorted = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
            sorted.Add(item);
        }

        return sorted.Count == 0 ? Empty : new BoundedCodeSet(sorted.Take(Capacity).ToArray());
    }

    /// <summary>Returns the union, cut to the <see cref="Capacity"/> smallest; one of the two sets when it already is that.</summary>
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

        var (count, fromThis, fromOther) = Plan(_items, other._items);
        if (fromThis == count)
        {
            return this;
        }

        if (fromOther == count)
        {
            return other;
        }

        var merged = new string[count];
        int i = 0, j = 0;
        for (int k = 0; k < merged.Length; k++)
        {
            var c = Compare(_items, i, other._items, j);
            merged[k] = c <= 0 ? _items[i] : other._items[j];
            i += c <= 0 ? 1 : 0;
            j += c >= 0 ? 1 : 0;
        }

        return new BoundedCodeSet(merged);
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

    private static bool TryGetSpan(IEnumerable<string> items, out ReadOnlySpan<string> span)
    {
        switch (items)
        {
            case string[] array:
                span = array;
                return true;
            case List<string> list:
                span = CollectionsMarshal.AsSpan(list);
                return true;
            default:
                span = default;
                return false;
        }
    }

    /// <summary>True for an empty span too; false when an item is null (the slow path then throws).</summary>
    private static bool IsStrictlyIncreasing(ReadOnlySpan<string> items)
    {
        for (int k = 0; k < items.Length; k++)
        {
            if (items[k] is null || (k > 0 && string.CompareOrdinal(items[k - 1], items[k]) >= 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The size of the merge of two sorted distinct arrays cut to <see cref="Capacity"/>, and how many of its items
    /// each array holds.
    /// </summary>
    private static (int Count, int FromA, int FromB) Plan(string[] a, string[] b)
    {
        int i = 0, j = 0, count = 0;
        while (count < Capacity && (i < a.Length || j < b.Length))
        {
            var c = Compare(a, i, b, j);
            i += c <= 0 ? 1 : 0;
            j += c >= 0 ? 1 : 0;
            count++;
        }

        return (count, i, j);
    }

    /// <summary>Compares <c>a[i]</c> with <c>b[j]</c>, an exhausted side being the larger.</summary>
    private static int Compare(string[] a, int i, string[] b, int j) =>
        i == a.Length ? 1 : j == b.Length ? -1 : string.CompareOrdinal(a[i], b[j]);
}
