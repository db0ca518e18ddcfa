using Microsoft.Extensions.Configuration;
using Tidewater.LocalHost.Configuration;

namespace Tidewater.LocalHost.Tests;

public sealed class FunctionsSettingsConfigurationTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("tidewater-config-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void AddFunctionsSettings_ReadsHostJsonUnderJobHostAndValuesAsSettings_EnvironmentWins()
    {
        File.WriteAllText(Path.Combine(_directory.FullName, "host.json"), """{"version":"2.0","extensions":{"queues":{"batchSize":8}}}""");
        File.WriteAllText(Path.Combine(_directory.FullName, "local.settings.json"),
            """{"IsEncrypted":false,"Values":{"InboundQueue":"from-file","Tidewater__WindowMinutes":"15","Tidewater:SealGraceSeconds":"30"}}""");
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["InboundQueue"] = "from-environment" });

        configuration.AddFunctionsSettings(_directory.FullName);

        Assert.Equal("8", configuration["AzureFunctionsJobHost:extensions:queues:batchSize"]);
        Assert.Equal("15", configuration["Tidewater:WindowMinutes"]);
        Assert.Equal("30", configuration["Tidewater:SealGraceSeconds"]);
        Assert.Equal("from-environment", configuration["InboundQueue"]);
    }

    [Fact]
    public void AddFunctionsSettings_HostJsonLogLevels_BecomeLogFiltersThatTheEnvironmentOverrides()
    {
        File.WriteAllText(Path.Combine(_directory.FullName, "host.json"),
            """{"version":"2.0","logging":{"logLevel":{"default":"Information","DurableTask.AzureStorage":"Warning","DurableTask.Core":"Warning"}}}""");
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:DurableTask.Core"] = "Debug" });

        configuration.AddFunctionsSettings(_directory.FullName);

        Assert.Equal("Information", configuration["Logging:LogLevel:Default"]);
        Assert.Equal("Warning", configuration["Logging:LogLevel:DurableTask.AzureStorage"]);
        Assert.Equal("Debug", configuration["Logging:LogLevel:DurableTask.Core"]);
    }

    [Fact]
    public void AddFunctionsSettings_MissingFiles_AddsNothing()
    {
        var configuration = new ConfigurationManager();

        configuration.AddFunctionsSettings(_directory.FullName);

        Assert.Null(configuration["InboundQueue"]);
    }

    [Fact]
    public void FindSettingsDirectory_WalksUpToHostJson()
    {
        File.WriteAllText(Path.Combine(_directory.FullName, "host.json"), "{}");
        var nested = Directory.CreateDirectory(Path.Combine(_directory.FullName, "src", "LocalHost"));

        Assert.Equal(_directory.FullName, FunctionsSettingsConfigurationExtensions.FindSettingsDirectory(nested.FullName));
    }

    [Fact]
    public void RepositoryFiles_AreReadable_AndSampleDocumentsInboundQueue()
    {
        var root = Testing.RepositoryRoot.Find();
        var configuration = new ConfigurationManager();
        File.Copy(Path.Combine(root, "host.json"), Path.Combine(_directory.FullName, "host.json"));
        File.Copy(Path.Combine(root, "local.settings.sample.json"), Path.Combine(_directory.FullName, "local.settings.json"));

        configuration.AddFunctionsSettings(_directory.FullName);

        Assert.Equal("events-inbound", configuration["InboundQueue"]);
        Assert.Equal("5", configuration["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"]);
        Assert.Equal("Tidewater", configuration["AzureFunctionsJobHost:extensions:durableTask:hubName"]);
    }
}
