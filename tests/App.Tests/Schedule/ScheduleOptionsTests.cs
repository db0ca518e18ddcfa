using Microsoft.Extensions.Options;
using Tidewater.Testing;

namespace Tidewater.App.Tests.Schedule;

[Collection(AzuriteCollections.Azurite)]
public sealed class ScheduleOptionsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Start_WithInvalidBatchSchedule_FailsNamingTheSetting()
    {
        var settings = AppHost.UniqueSettings(azurite.ConnectionString);
        settings["BatchSchedule"] = "0 5 * * *";

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => AppHost.StartAsync(azurite, settings));

        Assert.Contains("BatchSchedule", failure.Message, StringComparison.Ordinal);
        Assert.Contains("NCRONTAB", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithLimitsOutOfRange_FailsListingEach()
    {
        var settings = AppHost.UniqueSettings(azurite.ConnectionString);
        settings["Tidewater:BatchCatchUpLimit"] = "0";
        settings["Tidewater:BatchScanLimit"] = "0";

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => AppHost.StartAsync(azurite, settings));

        Assert.Contains("BatchCatchUpLimit", failure.Message, StringComparison.Ordinal);
        Assert.Contains("BatchScanLimit", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithDefaults_ResolvesTheSchedule()
    {
        await using var host = await AppHost.StartAsync(azurite);

        var options = host.Get<IOptions<App.Schedule.ScheduleOptions>>().Value;

        Assert.Equal("0 5 * * * *", options.BatchSchedule);
        Assert.Equal(24, options.BatchCatchUpLimit);
    }
}
