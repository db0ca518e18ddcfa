using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Tidewater.Storage;

/// <summary>
/// Signs each attempt of a request with the account key (Shared Key): sets <c>x-ms-date</c> and <c>Authorization</c>.
/// </summary>
/// <remarks>
/// Must be the last per-retry policy: every retry gets a fresh date and signature, and every header that the
/// signature covers is already on the request. Spec:
/// https://learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key.
/// </remarks>
internal sealed class SharedKeyCredentialPolicy : HttpPipelineSynchronousPolicy
{
    private readonly SharedKeyCredential _credential;
    private readonly TimeProvider _timeProvider;

    public SharedKeyCredentialPolicy(SharedKeyCredential credential, TimeProvider timeProvider)
    {
        _credential = credential;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        request.Headers.SetValue("x-ms-date", _timeProvider.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));

        long contentLength = 0;
        if (request.Content is { } content && !content.TryComputeLength(out contentLength))
        {
            contentLength = 0;
        }

        var stringToSign = SharedKeyStringToSign.Create(
            request.Method.Method, request.Uri.ToUri(), _credential.AccountName, request.Headers, contentLength);
        var signature = _credential.ComputeSignature(stringToSign);
        request.Headers.SetValue("Authorization", $"SharedKey {_credential.AccountName}:{signature}");
    }
}
