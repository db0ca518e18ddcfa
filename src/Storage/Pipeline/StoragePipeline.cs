using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Tidewater.Storage;

/// <summary>
/// The Azure.Core pipeline shared by a service client and the clients it hands out, plus the storage conventions:
/// the pinned <c>x-ms-version</c> and errors as <see cref="RequestFailedException"/> with the service error code.
/// </summary>
internal sealed class StoragePipeline
{
    private readonly HttpPipeline _pipeline;

    private StoragePipeline(HttpPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Builds a pipeline whose last per-retry policy is <paramref name="authentication"/>.</summary>
    public static StoragePipeline Create(StorageClientOptions options, HttpPipelinePolicy authentication)
    {
        var pipelineOptions = new HttpPipelineOptions(options)
        {
            RequestFailedDetailsParser = StorageErrorParser.Instance,
            ResponseClassifier = new ResponseClassifier(),
        };
        pipelineOptions.PerRetryPolicies.Add(ExactBufferPolicy.Instance);
        pipelineOptions.PerRetryPolicies.Add(authentication);
        return new StoragePipeline(HttpPipelineBuilder.Build(pipelineOptions));
    }

    /// <summary>Creates a message for <paramref name="method"/> on <paramref name="uri"/> with the API version set.</summary>
    public HttpMessage CreateMessage(RequestMethod method, Uri uri)
    {
        var message = _pipeline.CreateMessage();
        message.BufferResponse = false; // ExactBufferPolicy buffers, into one array of the body's length
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(uri);
        request.Headers.SetValue("x-ms-version", StorageClientOptions.ServiceVersion);
        return message;
    }

    /// <summary>Sends and throws <see cref="RequestFailedException"/> unless the response is a success (2xx).</summary>
    public async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        var response = await SendUncheckedAsync(message, cancellationToken).ConfigureAwait(false);
        return IsFailure(response) ? throw CreateException(response) : response;
    }

    /// <summary>Sends and returns the response whatever its status; check it with <see cref="IsFailure(Response)"/>.</summary>
    public async Task<Response> SendUncheckedAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return message.Response;
    }

    /// <summary>True for 4xx/5xx and for 304 (a failed If-None-Match on a read).</summary>
    public static bool IsFailure(Response response) => response.IsError || response.Status == 304;

    /// <summary>True when the response failed with one of the given service error codes.</summary>
    public static bool IsFailure(Response response, string errorCode, string? otherErrorCode = null)
    {
        if (!IsFailure(response))
        {
            return false;
        }

        var code = StorageErrorParser.GetErrorCode(response);
        return code == errorCode || (otherErrorCode is not null && code == otherErrorCode);
    }

    /// <summary>The exception for a failed response, carrying <c>Status</c> and <c>ErrorCode</c>.</summary>
    public static RequestFailedException CreateException(Response response) =>
        new(response, null, StorageErrorParser.Instance);
}
