using System.Security.Cryptography;
using System.Text;

namespace Tidewater.App.Accumulation;

/// <summary>Makes the writer id used in segment names: a readable prefix plus a random per-process suffix.</summary>
internal static class WriterIdentity
{
    public static string Create(string? configuredPrefix)
    {
        string prefix = string.IsNullOrEmpty(configuredPrefix) ? Sanitize(Environment.MachineName) : configuredPrefix;
        return $"{prefix}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
    }

    private static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (char c in name.ToLowerInvariant())
        {
            if (builder.Length == 24)
            {
                break;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return builder.Length == 0 ? "host" : builder.ToString();
    }
}
