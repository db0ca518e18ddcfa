namespace Tidewater.App.Batch;

/// <summary>
/// Merges runs of <see cref="ExampleCodec"/> records, each sorted by digest, into one run sorted and distinct by digest,
/// copying the records' bytes (a k-way merge over a binary heap of the runs' next records).
/// </summary>
internal static class ExampleMerge
{
    /// <summary>
    /// The records of <paramref name="runs"/> in digest order, each digest once: of records with equal digests the
    /// first in run order, then in order within its run, is kept, as a stable sort of the runs one after another
    /// followed by dropping repeats would keep.
    /// </summary>
    /// <param name="runs">Whole records, each run sorted by digest (equal digests allowed).</param>
    /// <returns>The kept records, back to back (as <see cref="ExampleCodec.Write"/> would write them).</returns>
    /// <exception cref="InvalidDataException">A run is not a whole number of records, or not sorted by digest.</exception>
    public static byte[] Merge(IReadOnlyList<ReadOnlyMemory<byte>> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var heads = new Heads(runs);
        var merged = new byte[heads.Records * ExampleCodec.RecordBytes];
        int kept = 0;
        UInt128 last = default;
        while (heads.TryPeek(out int run, out var record))
        {
            var digest = heads.Digest(run);
            if (kept == 0 || digest != last)
            {
                record.CopyTo(merged.AsSpan(kept * ExampleCodec.RecordBytes));
                kept++;
                last = digest;
            }

            heads.Advance();
        }

        return kept == heads.Records ? merged : merged[..(kept * ExampleCodec.RecordBytes)];
    }

    /// <summary>
    /// A min-heap of the runs that have records left, ordered by their next record's digest and then by run index.
    /// </summary>
    private sealed class Heads
    {
        private readonly IReadOnlyList<ReadOnlyMemory<byte>> _runs;
        private readonly int[] _counts;
        private readonly int[] _next;
        private readonly UInt128[] _digests;
        private readonly int[] _heap;
        private int _size;

        public Heads(IReadOnlyList<ReadOnlyMemory<byte>> runs)
        {
            _runs = runs;
            _counts = new int[runs.Count];
            _next = new int[runs.Count];
            _digests = new UInt128[runs.Count];
            _heap = new int[runs.Count];
            for (int run = 0; run < runs.Count; run++)
            {
                _counts[run] = ExampleCodec.Count(runs[run].Span);
                Records += _counts[run];
                if (_counts[run] > 0)
                {
                    _digests[run] = ExampleCodec.DigestAt(runs[run].Span, 0);
                    _heap[_size++] = run;
                }
            }

            for (int at = (_size / 2) - 1; at >= 0; at--)
            {
                SiftDown(at);
            }
        }

        /// <summary>Records in all runs.</summary>
        public int Records { get; }

        /// <summary>The digest of <paramref name="run"/>'s next record.</summary>
        public UInt128 Digest(int run) => _digests[run];

        /// <summary>The run whose next record comes first, and that record; false when every run is used up.</summary>
        public bool TryPeek(out int run, out ReadOnlySpan<byte> record)
        {
            if (_size == 0)
            {
                run = -1;
                record = default;
                return false;
            }

            run = _heap[0];
            record = _runs[run].Span.Slice(_next[run] * ExampleCodec.RecordBytes, ExampleCodec.RecordBytes);
            return true;
        }

        /// <summary>Moves past the record <see cref="TryPeek"/> gave.</summary>
        public void Advance()
        {
            int run = _heap[0];
            if (++_next[run] < _counts[run])
            {
                var previous = _digests[run];
                _digests[run] = ExampleCodec.DigestAt(_runs[run].Span, _next[run]);
                if (_digests[run] < previous)
                {
                    throw new InvalidDataException($"Example run {run} is not sorted by digest at record {_next[run]}.");
                }
            }
            else
            {
                _heap[0] = _heap[--_size];
            }

            SiftDown(0);
        }

        private void SiftDown(int at)
        {
            while (true)
            {
                int first = at, left = (2 * at) + 1, right = left + 1;
                if (left < _size && Precedes(_heap[left], _heap[first]))
                {
                    first = left;
                }

                if (right < _size && Precedes(_heap[right], _heap[first]))
                {
                    first = right;
                }

                if (first == at)
                {
                    return;
                }

                (_heap[at], _heap[first]) = (_heap[first], _heap[at]);
                at = first;
            }
        }

        private bool Precedes(int run, int other) =>
            _digests[run] < _digests[other] || (_digests[run] == _digests[other] && run < other);
    }
}
