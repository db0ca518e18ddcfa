using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tidewater.Orchestration.Engine;

namespace Tidewater.Orchestration.Tests.Engine;

public sealed class OptionsAndRegistrationTests
{
    [Fact]
    public void Validate_Defaults_Pass()
    {
        var options = new LocalOrchestrationEngineOptions();

        options.Validate();
        Assert.Equal("Tidewater", options.HubName);
        Assert.Equal(TimeSpan.FromDays(30), options.CompletedInstanceRetention);
        Assert.Equal(10 * Environment.ProcessorCount, options.MaxConcurrentActivityFunctions);
    }

    [Fact]
    public void Validate_SeveralProblems_ListsEveryOne()
    {
        var options = new LocalOrchestrationEngineOptions
        {
            HubName = "1-bad",
            MaxConcurrentActivityFunctions = 0,
            CompletedInstanceRetention = TimeSpan.FromSeconds(1),
        };

        var error = Assert.Throws<ValidationException>(options.Validate);

        Assert.Contains(nameof(options.HubName), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(options.MaxConcurrentActivityFunctions), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(options.CompletedInstanceRetention), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddLocalOrchestrationEngine_ReadsHostJsonDurableTaskAndEngineSettings()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureFunctionsJobHost:extensions:durableTask:hubName"] = "%TaskHubName%",
            ["TaskHubName"] = "FromSetting",
            ["AzureFunctionsJobHost:extensions:durableTask:maxConcurrentActivityFunctions"] = "8",
            ["AzureFunctionsJobHost:extensions:durableTask:maxConcurrentOrchestratorFunctions"] = "4",
            ["AzureFunctionsJobHost:extensions:durableTask:storageProvider:partitionCount"] = "4",
            ["Tidewater:OrchestrationEngine:CompletedInstanceRetention"] = "7.00:00:00",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);

        services.AddLocalOrchestrationEngine();
        var options = services.BuildServiceProvider().GetRequiredService<IOptions<LocalOrchestrationEngineOptions>>().Value;

        Assert.Equal("FromSetting", options.HubName);
        Assert.Equal("twlocal-fromsetting", options.ContainerName);
        Assert.Equal(8, options.MaxConcurrentActivityFunctions);
        Assert.Equal(4, options.MaxConcurrentOrchestratorFunctions);
        Assert.Equal(TimeSpan.FromDays(7), options.CompletedInstanceRetention);
    }

    [Fact]
    public void AddLocalOrchestrationEngine_CalledTwice_SharesOneRegistryAndOneEngine()
    {
        var services = new ServiceCollection();

        services.AddLocalOrchestrationEngine(r => r.AddActivity<int, int>("A", (_, i, _) => Task.FromResult(i)));
        services.AddLocalOrchestrationEngine(r => r.AddActivity<int, int>("B", (_, i, _) => Task.FromResult(i)));

        var registry = Assert.Single(services, d => d.ServiceType == typeof(OrchestrationRegistry)).ImplementationInstance as OrchestrationRegistry;
        Assert.Equal(["A", "B"], registry!.ActivityNames.Order());
        Assert.Single(services, d => d.ServiceType == typeof(LocalOrchestrationEngine));
    }

    [Fact]
    public void Registry_DuplicateNameIgnoringCase_Throws()
    {
        var registry = new OrchestrationRegistry().AddOrchestrator<int, int>("Batch", (_, i) => Task.FromResult(i));

        Assert.Throws<ArgumentException>(() => registry.AddOrchestrator<int, int>("batch", (_, i) => Task.FromResult(i)));
    }
}
