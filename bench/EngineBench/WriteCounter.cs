using Azure.Core;
using Azure.Core.Pipeline;

namespace Tidewater.EngineBench;

/// <summary>Counts storage requests: all of them, appends, and the other writes.</summary>
internal sealed class WriteCounter : HttpPipelinePolicy
{
    private long _requests;
    private long _appends;
    private long _otherWrites;

    public long Requests => Interlocked.Read(ref _requests);

    public long Appends => Interlocked.Read(ref _appends);

    public long OtherWrites => Interlocked.Read(ref _otherWrites);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("async only");

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Interlocked.Increment(ref _requests);
        var query = message.Request.Uri.Query ?? string.Empty;
        if (message.Request.Method == RequestMethod.Put && query.Contains("comp=appendblock", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _appends);
        }
        else if ((message.Request.Method == RequestMethod.Put || message.Request.Method == RequestMethod.Delete)
            && !query.Contains("comp=lease", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _otherWrites);
        }

        return ProcessNextAsync(message, pipeline);
    }
}
