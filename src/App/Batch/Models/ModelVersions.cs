using System.Globalization;
using System.Text;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

/// <summary>Version ids of refreshed models, derived from their inputs so the same refresh always names the same version.</summary>
public static class ModelVersions
{
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
