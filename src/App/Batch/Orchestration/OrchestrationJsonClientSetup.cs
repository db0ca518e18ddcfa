using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Tidewater.App.Batch;

/// <summary>Sets <see cref="OrchestrationJson.Converter"/> on every Durable client, so status, input and output read in the shape they were written.</summary>
internal sealed class OrchestrationJsonClientSetup : IPostConfigureOptions<DurableTaskClientOptions>
{
    /// <inheritdoc />
    public void PostConfigure(string? name, DurableTaskClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.DataConverter = OrchestrationJson.Converter;
    }
}
