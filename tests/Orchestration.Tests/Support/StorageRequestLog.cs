using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Tidewater.Orchestration.Tests.Support;

/// <summary>
/// A pipeline policy that counts storage requests by kind, tracks how many appends are in flight at once, and can
/// hold a request before or after it reaches the service (to crash an engine mid-checkpoint).
/// </summary>
internal sealed class StorageRequestLog : HttpPipelinePolicy
{
    private readonly ConcurrentDictionary<string, int> _counts = new();
    private int _appendsInFlight;
    private int _maxAppendsInFlight;

    /// <summary>Called before an append is sent; may delay or hold it.</summary>
    public Func<HttpMessage, Task>? BeforeAppend { get; set; }

    /// <summary>Called after an append got its response; may hold it (the service has committed it).</summary>
    public Func<HttpMessage, Task>? AfterAppend { get; set; }

    public int Appends => Count("append");

    /// <summary>Every request that changes data: appends, creates, uploads, metadata and deletes (not lease operations).</summary>
    public int Writes => Count("append") + Count("put") + Count("delete");

    public int MaxAppendsInFlight => Volatile.Read(ref _maxAppendsInFlight);

    public int Count(string kind) => _counts.TryGetValue(kind, out var count) ? count : 0;

    public void Reset() => _counts.Clear();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The storage client is async only.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var kind = Classify(message.Request);
        _counts.AddOrUpdate(kind, 1, (_, count) => count + 1);
        if (kind != "append")
        {
            await ProcessNextAsync(message, pipeline);
            return;
        }

        var inFlight = Interlocked.Increment(ref _appendsInFlight);
        InterlockedMax(ref _maxAppendsInFlight, inFlight);
        try
        {
            if (BeforeAppend is { } before)
            {
                await before(message);
            }

            await ProcessNextAsync(message, pipeline);
            if (AfterAppend is { } after)
            {
                await after(message);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _appendsInFlight);
        }
    }

    private static string Classify(Request request)
    {
        var query = request.Uri.Query ?? string.Empty;
        if (query.Contains("comp=lease", StringComparison.Ordinal))
        {
            return "lease";
        }

        if (request.Method == RequestMethod.Put)
        {
            return query.Contains("comp=appendblock", StringComparison.Ordinal) ? "append" : "put";
        }

        if (request.Method == RequestMethod.Delete)
        {
            return "delete";
        }

        return query.Contains("comp=list", StringComparison.Ordinal) ? "list" : "read";
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
