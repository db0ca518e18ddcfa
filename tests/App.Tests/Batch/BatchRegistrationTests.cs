using Microsoft.Extensions.Options;
using Tidewater.App.Batch;
using Microsoft.DurableTask;
using Tidewater.Testing;

namespace Tidewater.App.Tests.Batch;

[Collection(AzuriteCollections.Azurite)]
public sealed class BatchRegistrationTests(AzuriteFixture azurite)
{
    [Fact]
    public void Register_MapsEveryBatchOrchestratorAndActivityName()
    {
        var registry = new DurableTaskRegistry();

        BatchFunctions.Register(registry);

        // Registering a name twice throws, so only the listed names can be the registered ones: add each again.
        Assert.All(BatchFunctions.Orchestrators, name => Assert.Throws<ArgumentException>(() => registry.AddOrchestratorFunc(name, _ => Task.CompletedTask)));
        Assert.All(BatchFunctions.Activities, name => Assert.Throws<ArgumentException>(() => registry.AddActivityFunc(name, _ => Task.CompletedTask)));
        Assert.Equal(BatchOrchestrator.Name, BatchStarter.OrchestratorName);
    }

    [Fact]
    public async Task AddTidewater_ResolvesEveryActivity()
    {
        await using var host = await BatchHost.StartAsync(azurite, BatchHost.Settings(azurite), TimeProvider.System, withEngine: false);

        Assert.NotNull(host.Get<PlanBatchActivity>());
        Assert.NotNull(host.Get<IndexChunkActivity>());
        Assert.NotNull(host.Get<ResolveDuplicatesActivity>());
        Assert.NotNull(host.Get<ProcessChunkActivity>());
        Assert.NotNull(host.Get<MergePartialsActivity>());
        Assert.NotNull(host.Get<RefreshModelActivity>());
        Assert.NotNull(host.Get<BatchReportActivity>());
    }

    [Fact]
    public async Task Start_WithInvalidBatchSettings_FailsListingEveryProblem()
    {
        var settings = BatchHost.Settings(azurite);
        settings["Tidewater:ChunkMaxBytes"] = "10";
        settings["Tidewater:MaxChunksInFlight"] = "0";
        settings["Tidewater:ToleratedFailurePercent"] = "101";

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BatchHost.StartAsync(azurite, settings, TimeProvider.System, withEngine: false));

        Assert.Contains("ChunkMaxBytes", failure.Message, StringComparison.Ordinal);
        Assert.Contains("MaxChunksInFlight", failure.Message, StringComparison.Ordinal);
        Assert.Contains("ToleratedFailurePercent", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_AreValid()
    {
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        var options = new BatchOptions();

        Assert.True(System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true));
        Assert.Equal(("tw-batch", 0.0, 50, 30), (options.BatchContainer, options.ToleratedFailurePercent, options.MinLabels, options.LabelHorizonDays));
    }
}
