using System.Xml;
using System.Xml.Linq;
using Azure;
using Azure.Core;

namespace Tidewater.Storage;

/// <summary>
/// Reads the service error code from the <c>x-ms-error-code</c> header or the <c>&lt;Error&gt;&lt;Code&gt;</c>
/// XML body, so <see cref="RequestFailedException.ErrorCode"/> is set.
/// </summary>
internal sealed class StorageErrorParser : RequestFailedDetailsParser
{
    public static readonly StorageErrorParser Instance = new();

    /// <inheritdoc />
    public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
    {
        data = null;
        response.Headers.TryGetValue("x-ms-error-code", out var code);
        string? message = null;

        var body = TryReadErrorBody(response);
        if (body is not null)
        {
            foreach (var element in body.Elements())
            {
                switch (element.Name.LocalName)
                {
                    case "Code": code ??= element.Value; break;
                    case "Message": message = element.Value; break;
                    default:
                        data ??= new Dictionary<string, string>(StringComparer.Ordinal);
                        data[element.Name.LocalName] = element.Value;
                        break;
                }
            }
        }

        if (code is null && response.Status == 304)
        {
            code = StorageErrors.ConditionNotMet;
        }

        error = code is null && message is null ? null : new ResponseError(code, message);
        return error is not null;
    }

    /// <summary>The error code of a failed response, without building an exception.</summary>
    public static string? GetErrorCode(Response response)
    {
        if (response.Headers.TryGetValue("x-ms-error-code", out var code))
        {
            return code;
        }

        return TryReadErrorBody(response)?.Element("Code")?.Value
            ?? (response.Status == 304 ? StorageErrors.ConditionNotMet : null);
    }

    private static XElement? TryReadErrorBody(Response response)
    {
        if (response.ContentStream is not { CanSeek: true } stream || stream.Length == 0)
        {
            return null;
        }

        try
        {
            stream.Position = 0;
            var root = XDocument.Load(stream).Root;
            return root?.Name.LocalName == "Error" ? root : null;
        }
        catch (XmlException)
        {
            return null;
        }
        finally
        {
            stream.Position = 0;
        }
    }
}
