using Azure.Core;
using Azure.Core.Pipeline;

namespace Tidewater.App.Storage;

/// <summary>
/// How every blob and queue client retries, times out and sends: one instance per host (register one to override
/// the defaults, as tests do), applied by <see cref="StorageClients"/> to the Azure SDK client options.
/// </summary>
public sealed class StorageClientSettings
{
    private readonly List<(HttpPipelinePolicy Policy, HttpPipelinePosition Position)> _policies = [];

    /// <summary>Retries after the first attempt. The default is 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The base delay of the exponential backoff. The default is 0.8 seconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(0.8);

    /// <summary>The longest delay between retries. The default is 30 seconds.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The timeout of one attempt. The default is 100 seconds.</summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The HTTP transport; null uses the SDK's.</summary>
    public HttpPipelineTransport? Transport { get; set; }

    /// <summary>Adds a pipeline policy to every client (e.g. a test's fault injection).</summary>
    public void AddPolicy(HttpPipelinePolicy policy, HttpPipelinePosition position)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _policies.Add((policy, position));
    }

    /// <summary>Applies these settings to <paramref name="options"/>.</summary>
    public void ApplyTo(ClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.Delay = RetryDelay;
        options.Retry.MaxDelay = MaxRetryDelay;
        options.Retry.NetworkTimeout = NetworkTimeout;
        if (Transport is not null)
        {
            options.Transport = Transport;
        }

        foreach (var (policy, position) in _policies)
        {
            options.AddPolicy(policy, position);
        }
    }
}
