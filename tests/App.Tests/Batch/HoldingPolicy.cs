using Azure.Core;
using Azure.Core.Pipeline;

namespace Tidewater.App.Tests.Batch;

/// <summary>A storage pipeline policy that holds the requests it is told to until they are cancelled (to crash a host mid-batch).</summary>
internal sealed class HoldingPolicy : HttpPipelinePolicy
{
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Func<Request, bool> Hold { get; set; } = _ => false;

    public Task Held => _held.Task;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The storage client is async only.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (Hold(message.Request))
        {
            _held.TrySetResult();
            await Task.Delay(Timeout.Infinite, message.CancellationToken);
        }

        await ProcessNextAsync(message, pipeline);
    }
}
