using Microsoft.Extensions.Options;
using Tidewater.Testing;

namespace Tidewater.App.Tests;

[Collection(AzuriteCollections.Azurite)]
public sealed class OptionsValidationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Start_WithInvalidSettings_FailsListingEveryProblem()
    {
        var settings = AppHost.UniqueSettings(azurite.ConnectionString);
        settings["Tidewater:WindowMinutes"] = "7";
        settings["Tidewater:SegmentMaxBlocks"] = "60000";

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => AppHost.StartAsync(azurite, settings));

        Assert.Contains("WindowMinutes", failure.Message, StringComparison.Ordinal);
        Assert.Contains("SegmentMaxBlocks", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithReviewAboveDecline_Fails()
    {
        var settings = AppHost.UniqueSettings(azurite.ConnectionString);
        settings["Tidewater:ReviewThreshold"] = "0.9";

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => AppHost.StartAsync(azurite, settings));

        Assert.Contains("ReviewThreshold", failure.Message, StringComparison.Ordinal);
    }
}
