using System.ComponentModel.DataAnnotations;

namespace Tidewater.Orchestration.Engine;

/// <summary>
/// Settings of the local orchestration engine. The task hub and concurrency come from <c>host.json</c>
/// <c>extensions.durableTask</c> with Durable's names (<see cref="DurableTaskSection"/>); the engine's own settings
/// from <see cref="SectionName"/>. Validated once at start-up.
/// </summary>
public sealed class LocalOrchestrationEngineOptions
{
    /// <summary>The configuration section of Durable's settings (host.json appears under <c>AzureFunctionsJobHost</c>).</summary>
    public const string DurableTaskSection = "AzureFunctionsJobHost:extensions:durableTask";

    /// <summary>The configuration section of the engine's own settings.</summary>
    public const string SectionName = "Tidewater:OrchestrationEngine";

    /// <summary>
    /// The task hub (<c>hubName</c>): 3 to 45 letters and digits, starting with a letter, as Durable requires. Its
    /// data lives in container <c>twlocal-{hub lowercased}</c>. The default is <c>Tidewater</c>.
    /// </summary>
    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9]{2,44}$")]
    public string HubName { get; set; } = "Tidewater";

    /// <summary>Most activities running at once on this host (<c>maxConcurrentActivityFunctions</c>). The default is 10 × processor count, as in Durable.</summary>
    [Range(1, 10_000)]
    public int MaxConcurrentActivityFunctions { get; set; } = 10 * Environment.ProcessorCount;

    /// <summary>
    /// Most orchestration episodes (including their checkpoints) running at once on this host
    /// (<c>maxConcurrentOrchestratorFunctions</c>). The default is 10 × processor count, as in Durable.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxConcurrentOrchestratorFunctions { get; set; } = 10 * Environment.ProcessorCount;

    /// <summary>Finished instances older than this are purged by the retention run. The default is 30 days.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan CompletedInstanceRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the retention run purges old finished instances. The default is one hour.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// A task hub lease whose owner has not written a heartbeat for this long (judged by the engine's
    /// <see cref="TimeProvider"/>) is broken by a starting host. The owner renews every 5 seconds. The default is
    /// 30 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:15", "01:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan HostHeartbeatTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The blob container of the task hub.</summary>
    public string ContainerName => Persistence.BlobLayout.ContainerName(HubName);

    /// <summary>Throws with every problem listed if the options are not valid.</summary>
    /// <exception cref="ValidationException">A setting is out of range.</exception>
    public void Validate()
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true))
        {
            throw new ValidationException(
                "Invalid local orchestration engine settings: " + string.Join("; ", results.Select(r => r.ErrorMessage)));
        }
    }
}
