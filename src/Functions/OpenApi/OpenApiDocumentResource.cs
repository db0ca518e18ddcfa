namespace Tidewater.Functions.OpenApi;

/// <summary>
/// docs/openapi.json, embedded at build: the document the local host generates from its endpoint metadata (the
/// Functions runtime has none), held equal to it by LocalHost.Tests.
/// </summary>
public static class OpenApiDocumentResource
{
    /// <summary>The manifest name of the embedded document (Functions.csproj).</summary>
    public const string Name = "Tidewater.Functions.openapi.json";

    private static readonly Lazy<byte[]> Document = new(Read);

    /// <summary>The document's UTF-8 bytes.</summary>
    public static ReadOnlyMemory<byte> Bytes => Document.Value;

    private static byte[] Read()
    {
        using var stream = typeof(OpenApiDocumentResource).Assembly.GetManifestResourceStream(Name)
            ?? throw new InvalidOperationException($"The embedded resource {Name} is missing: Functions.csproj embeds docs/openapi.json.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
