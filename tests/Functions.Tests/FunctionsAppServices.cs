using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tidewater.App;

namespace Tidewater.Functions.Tests;

/// <summary>The app's services as the Functions host composes them, for adapter tests.</summary>
internal static class FunctionsAppServices
{
    /// <summary>Builds them (no orchestration client registered; no I/O happens).</summary>
    public static ServiceProvider Build()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" });
        builder.AddTidewater();
        builder.Services.AddTidewaterFunctions();
        return builder.Services.BuildServiceProvider();
    }
}
