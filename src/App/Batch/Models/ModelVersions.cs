using System.Globalization;
using System.Text;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

/// <summary>Version ids of refreshed models, derived from their inputs so the same refresh always names the same version.</summary>
public static class ModelVersions
{
    /// <summary>The longest model version accepted from a client.</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// True for a name a model version can have: 1 to <see cref="MaxLength"/> of <c>[A-Za-z0-9._-]</c>, starting with
    /// a letter or digit and without <c>..</c>. Client input is checked with this before it names a blob.
    /// </summary>
    public static bool IsWellFormed(string? version) =>
        !string.IsNullOrEmpty(version) && version.Length <= MaxLength && char.IsAsciiLetterOrDigit(version[0])
        && !version.Contains("..", StringComparison.Ordinal)
        && version.AsSpan().IndexOfAnyExcept(WellFormedCharacters) < 0;

    /// <summary>What <see cref="IsWellFormed"/> requires, worded for a client's error answer.</summary>
    public static readonly string WellFormedRule =
        $"must be 1-{MaxLength} of A-Z a-z 0-9 . _ - (starting with a letter or digit, no '..')";

    private static readonly System.Buffers.SearchValues<char> WellFormedCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-");

    /// <summary><c>v-</c> and the first 12 hex digits of SHA-256 over base version, window id and weights (shortest round-trip text).</summary>
    public static string Derive(string baseVersion, string windowId, ModelWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var text = new StringBuilder()
            .Append(baseVersion).Append('\n')
            .Append(windowId).Append('\n')
            .Append(weights.Bias.ToString("R", CultureInfo.InvariantCulture));
        foreach (double weight in weights.Features)
        {
            text.Append(',').Append(weight.ToString("R", CultureInfo.InvariantCulture));
        }

        return "v-" + BatchHashes.ShortId(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
