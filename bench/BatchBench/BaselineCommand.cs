using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Tidewater.App.Accumulation;
using Tidewater.Domain.Scoring;

namespace Tidewater.BatchBench;

/// <summary>
/// The in-process baseline: the same NDJSON bytes from memory, parsed (<see cref="AccumulationRecordFormat.Read"/>)
/// and scored (<see cref="RiskScorer"/> with <see cref="RiskModel.Default"/>, no account baseline) in a Parallel.ForEach.
/// </summary>
internal static class BaselineCommand
{
    public static void Run(BenchArguments arguments)
    {
        long total = arguments.GetInt("n", 100_000);
        var buffer = new ArrayBufferWriter<byte>();
        BenchEvents.WriteLines(buffer, 0, total, total);
        var content = buffer.WrittenMemory;
        var lines = AccumulationRecordFormat.Lines(content).ToArray();
        long scored = 0;
        double checksum = 0;
        var start = Stopwatch.GetTimestamp();
        Parallel.ForEach(Partitioner.Create(0, lines.Length, 4096), () => (Count: 0L, Sum: 0.0), (range, _, local) =>
        {
            for (int i = range.Item1; i < range.Item2; i++)
            {
                var record = AccumulationRecordFormat.Read(lines[i]);
                var decision = RiskScorer.Score(record.Event, null, RiskModel.Default, DecisionThresholds.Default);
                local = (local.Count + 1, local.Sum + decision.Score);
            }

            return local;
        }, local =>
        {
            Interlocked.Add(ref scored, local.Count);
            lock (lines)
            {
                checksum += local.Sum;
            }
        });
        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"baseline_items={scored} baseline_bytes={content.Length} baseline_seconds={seconds:F3} baseline_items_per_s={scored / seconds:F0} score_sum={checksum:F3}"));
    }
}
