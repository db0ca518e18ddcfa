using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tidewater.LocalHost.Tests.OpenApi;

/// <summary>How the committed docs/openapi.json is written: indented, with characters such as <c>+</c> and <c>'</c> left as they are.</summary>
public static class OpenApiJson
{
    public static JsonSerializerOptions Indented { get; } = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
