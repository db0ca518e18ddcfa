using System.Buffers;
using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Tidewater.Storage;

/// <summary>
/// Buffers every response body into one array of exactly its <c>Content-Length</c>, inside the retry loop.
/// </summary>
/// <remarks>
/// Azure.Core's own buffering copies the body into a <see cref="MemoryStream"/> that doubles as it grows: a 8 MiB
/// range read allocates about 16 MiB of large-object-heap arrays and copies the bytes twice, which dominated the
/// batch path's garbage collections. Messages are created with <see cref="HttpMessage.BufferResponse"/> off (so the
/// built-in policy only adds its network timeout to the stream) and this policy reads the body once into its final
/// array. It runs per retry, so a body cut short (an <see cref="IOException"/>) is retried like any transient failure.
/// A body without a length (chunked) is copied into a growing stream, as before. A message carrying an
/// <see cref="ArrayPool{T}"/> (<see cref="UsePool"/>) gets a successful body in an array rented from it instead; the
/// caller returns it.
/// </remarks>
internal sealed class ExactBufferPolicy : HttpPipelinePolicy
{
    public static ExactBufferPolicy Instance { get; } = new();

    /// <summary>Makes <paramref name="message"/>'s successful body land in an array rented from <paramref name="pool"/>.</summary>
    public static void UsePool(HttpMessage message, ArrayPool<byte> pool) => message.SetProperty(typeof(ExactBufferPolicy), pool);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline, async: false).AsTask().GetAwaiter().GetResult();

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline, async: true);

    private static async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline, bool async)
    {
        if (async)
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }
        else
        {
            ProcessNext(message, pipeline);
        }

        var response = message.Response;
        if (response.ContentStream is not { } body || body is MemoryStream)
        {
            return;
        }

        using (body)
        {
            if (message.Request.Method == RequestMethod.Head || response.Status is < 200 or 204 or 304)
            {
                response.ContentStream = null; // no body: a Content-Length here describes the blob
                return;
            }

            var token = message.CancellationToken;
            if (response.Headers.TryGetValue("Content-Length", out var header)
                && long.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out long length)
                && length <= Array.MaxLength)
            {
                var pool = response.Status is >= 200 and < 300 && message.TryGetProperty(typeof(ExactBufferPolicy), out var value) ? value as ArrayPool<byte> : null;
                var buffer = pool?.Rent((int)length) ?? GC.AllocateUninitializedArray<byte>((int)length);
                try
                {
                    int read = async
                        ? await body.ReadAtLeastAsync(buffer.AsMemory(0, (int)length), (int)length, throwOnEndOfStream: false, token).ConfigureAwait(false)
                        : body.ReadAtLeast(buffer.AsSpan(0, (int)length), (int)length, throwOnEndOfStream: false);
                    if (read < length)
                    {
                        throw new IOException(string.Create(CultureInfo.InvariantCulture, $"The response body ended after {read} of {length} bytes."));
                    }
                }
                catch
                {
                    pool?.Return(buffer); // the retry (or the caller's failure) never sees this array
                    throw;
                }

                if (pool is not null)
                {
                    message.SetProperty(typeof(PooledDownload), buffer); // the caller takes it over (and returns it)
                }

                response.ContentStream = new MemoryStream(buffer, 0, (int)length, writable: false, publiclyVisible: true);
                return;
            }

            var copy = new MemoryStream();
            if (async)
            {
                await body.CopyToAsync(copy, token).ConfigureAwait(false);
            }
            else
            {
                body.CopyTo(copy);
            }

            copy.Position = 0;
            response.ContentStream = copy;
        }
    }
}
