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
/// A body without a length (chunked) is copied into a growing stream, as before.
/// </remarks>
internal sealed class ExactBufferPolicy : HttpPipelinePolicy
{
    public static ExactBufferPolicy Instance { get; } = new();

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
            if (message.Request.Method == RequestMethod.Head)
            {
                response.ContentStream = null; // Content-Length describes the blob, not a body
                return;
            }

            var token = message.CancellationToken;
            if (response.Headers.TryGetValue("Content-Length", out var header)
                && long.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out long length)
                && length <= Array.MaxLength)
            {
                var buffer = GC.AllocateUninitializedArray<byte>((int)length);
                int read = async
                    ? await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, token).ConfigureAwait(false)
                    : body.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
                if (read < buffer.Length)
                {
                    throw new IOException(string.Create(CultureInfo.InvariantCulture, $"The response body ended after {read} of {length} bytes."));
                }

                response.ContentStream = new MemoryStream(buffer, 0, buffer.Length, writable: false, publiclyVisible: true);
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
