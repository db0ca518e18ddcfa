using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Tidewater.LocalHost.Durable;

/// <summary>Checks <see cref="DurableTaskEngineOptions"/> once at start-up and lists every problem in one message.</summary>
internal sealed class DurableTaskEngineOptionsValidator : IValidateOptions<DurableTaskEngineOptions>
{
    private static readonly TimeSpan MinPolling = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxPolling = TimeSpan.FromHours(1);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DurableTaskEngineOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        var failures = results.Select(r => $"{DurableTaskEngineOptions.Section}: {r.ErrorMessage}").ToList();
        foreach (var (setting, value) in new[] { ("controlQueueVisibilityTimeout", options.ControlQueueVisibilityTimeout), ("workItemQueueVisibilityTimeout", options.WorkItemQueueVisibilityTimeout) })
        {
            if (value < TimeSpan.FromSeconds(1) || value > TimeSpan.FromHours(1))
            {
                failures.Add($"{DurableTaskEngineOptions.Section}:storageProvider:{setting} must be between 00:00:01 and 01:00:00; it is {value}.");
            }
        }

        if (options.MaxQueuePollingInterval < MinPolling || options.MaxQueuePollingInterval > MaxPolling)
        {
            failures.Add($"{DurableTaskEngineOptions.Section}:storageProvider:maxQueuePollingInterval must be between {MinPolling} and {MaxPolling}; it is {options.MaxQueuePollingInterval}.");
        }

        if (string.IsNullOrWhiteSpace(options.WorkerId))
        {
            failures.Add("DurableTaskEngineOptions.WorkerId must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(string.Join(" ", failures));
    }
}
