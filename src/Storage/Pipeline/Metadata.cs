using System.Collections.ObjectModel;
using Azure.Core;

namespace Tidewater.Storage;

/// <summary>Validates and writes blob metadata (<c>x-ms-meta-*</c> headers).</summary>
internal static class Metadata
{
    public static readonly IReadOnlyDictionary<string, string> Empty =
        new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    /// <summary>Adds one header per entry after checking every name and value.</summary>
    /// <exception cref="ArgumentException">A name is not an ASCII identifier, or a value has non-ASCII or control characters.</exception>
    public static void Apply(Request request, IDictionary<string, string>? metadata, string parameterName)
    {
        if (metadata is null)
        {
            return;
        }

        foreach (var (name, value) in metadata)
        {
            Validate(name, value, parameterName);
            request.Headers.SetValue("x-ms-meta-" + name, value);
        }
    }

    private static void Validate(string name, string? value, string parameterName)
    {
        if (string.IsNullOrEmpty(name) || char.IsAsciiDigit(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException(
                "Metadata names must be ASCII identifiers (letters, digits, '_', not starting with a digit).",
                parameterName);
        }

        if (value is null || !value.All(c => c is >= ' ' and <= '~'))
        {
            throw new ArgumentException(
                $"The value of metadata '{name}' must be printable ASCII text (no control or non-ASCII characters).",
                parameterName);
        }
    }
}
