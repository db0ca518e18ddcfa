using Tidewater.Cli.Commands;
using Tidewater.Testing;

namespace Tidewater.Cli.Tests.Commands;

public class TidewaterCommandTests
{
    [Theory]
    [InlineData("send", "--duration", "10s")]
    [InlineData("send", "--rate", "10", "--duration", "10s", "--count", "5")]
    [InlineData("send", "--target", "file")]
    [InlineData("send", "--batch", "0")]
    [InlineData("send", "--fraud-rate", "0.9")]
    [InlineData("generate", "--span", "8d")]
    [InlineData("send", "--span", "soon")]
    public async Task Invoke_InvalidOptions_UsageExitCode(params string[] args)
    {
        var exitCode = await TidewaterCommand.Create(new FakeTimeProvider()).Parse(args).InvokeAsync();

        Assert.Equal(ExitCodes.Usage, exitCode);
    }

    [Fact]
    public async Task Invoke_SendToFile_WritesEveryEventAndSucceeds()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tidewater-cli-{Guid.NewGuid():N}.ndjson");
        try
        {
            var exitCode = await TidewaterCommand.Create(new FakeTimeProvider())
                .Parse(["send", "--target", "file", "--out", path, "--count", "250", "--batch", "7", "--no-progress"])
                .InvokeAsync();

            Assert.Equal(ExitCodes.Success, exitCode);
            Assert.Equal(250, File.ReadAllLines(path).Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Invoke_GenerateWithoutStart_UsesTheClockToTheSecond()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tidewater-cli-{Guid.NewGuid():N}.ndjson");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 21, 10, 0, 0, 500, TimeSpan.Zero));
        try
        {
            await TidewaterCommand.Create(time).Parse(["generate", "--count", "100", "--out", path]).InvokeAsync();

            var explicitStart = Path.ChangeExtension(path, ".2.ndjson");
            await TidewaterCommand.Create(time).Parse(["generate", "--count", "100", "--out", explicitStart, "--start", "2026-11-21T10:00:00Z"]).InvokeAsync();
            Assert.Equal(File.ReadAllBytes(explicitStart), File.ReadAllBytes(path));
            File.Delete(explicitStart);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LocalSettings_FindValue_ReadsNearestFileUpwards()
    {
        var root = Directory.CreateTempSubdirectory("tidewater-cli-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "local.settings.json"), """{"Values":{"Tidewater__FunctionKey":"k1"}}""");
            var nested = Directory.CreateDirectory(Path.Combine(root, "a", "b")).FullName;

            Assert.Equal("k1", LocalSettings.FindValue("Tidewater__FunctionKey", nested));
            Assert.Null(LocalSettings.FindValue("Missing", nested));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
