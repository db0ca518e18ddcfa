using System.Buffers;
using Tidewater.Cli.Generation;

namespace Tidewater.Cli.Sending;

/// <summary>Writes events as NDJSON lines to a stream (stdout or a file), in generation order.</summary>
/// <remarks>Batches are written whole under a lock; the runner hands them out in order when concurrency is 1.</remarks>
public sealed class NdjsonEventSink(Stream output, string description, bool ownsStream) : IEventSink
{
    private readonly Lock _lock = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    /// <inheritdoc />
    public string Description => description;

    /// <inheritdoc />
    public bool ReportsDecisions => false;

    /// <inheritdoc />
    public Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<SendOutcome> SendAsync(IReadOnlyList<GeneratedEvent> batch, CancellationToken cancellationToken)
    {
        try
        {
            lock (_lock)
            {
                EventBatchJson.WriteNdjson(_buffer, batch);
                if (_buffer.WrittenCount >= 32 * 1024)
                {
                    output.Write(_buffer.WrittenSpan);
                    _buffer.ResetWrittenCount();
                }
            }

            return Task.FromResult(SendOutcome.Accepted());
        }
        catch (IOException ex)
        {
            return Task.FromResult(SendOutcome.Failed(ex.Message));
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            lock (_lock)
            {
                output.Write(_buffer.WrittenSpan);
                _buffer.ResetWrittenCount();
            }

            await output.FlushAsync();
        }
        finally
        {
            if (ownsStream)
            {
                await output.DisposeAsync();
            }
        }
    }
}
