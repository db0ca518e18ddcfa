using System.ComponentModel.DataAnnotations;

namespace Tidewater.App.Configuration;

/// <summary>Real-time scoring settings (under <c>Tidewater:</c>).</summary>
public sealed class ScoringOptions : IValidatableObject
{
    /// <summary>Scores at or above this are <c>review</c>. The default is 0.5.</summary>
    [Range(0.0001, 0.9999)]
    public double ReviewThreshold { get; set; } = 0.5;

    /// <summary>Scores at or above this are <c>decline</c>. The default is 0.85.</summary>
    [Range(0.0001, 0.9999)]
    public double DeclineThreshold { get; set; } = 0.85;

    /// <summary>Blob container holding model versions, baselines and the current-version pointer. The default is <c>tw-models</c>.</summary>
    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string ModelsContainer { get; set; } = "tw-models";

    /// <summary>How often the current-version pointer is checked for a new model, in seconds. The default is 60.</summary>
    [Range(1, 86_400)]
    public int ModelRefreshSeconds { get; set; } = 60;

    /// <summary>Most baseline shards kept in memory at once. The default is 64.</summary>
    [Range(1, 65_536)]
    public int BaselineCacheShards { get; set; } = 64;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ReviewThreshold >= DeclineThreshold)
        {
            yield return new ValidationResult("must be below DeclineThreshold", [nameof(ReviewThreshold)]);
        }
    }
}
