using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tidewater.App.Batch;
using Tidewater.App.Configuration;
using Tidewater.App.Schedule;
using Tidewater.Testing;

namespace Tidewater.App.Tests.Configuration;

/// <summary>
/// One configuration for both hosts: every setting the app reads is documented in <c>local.settings.sample.json</c>
/// and, unless it is host-local, set by the infra (<c>infra/app/*.bicep</c>), so the surfaces cannot drift apart.
/// </summary>
/// <remarks>
/// The rule (docs/functions.md): a setting is <b>host-local</b>, and so absent from the infra, when the Functions host
/// replaces it (the local host's keys, its timer's RunOnStartup, or when its
/// default is per process and right for every instance (<c>Tidewater:WriterId</c>). Every other setting is shared.
/// </remarks>
public sealed partial class SettingsConsistencyTests
{
    /// <summary>Options classes bound under <c>Tidewater:</c> by <c>AddTidewater</c>.</summary>
    private static readonly Type[] AppOptions =
        [typeof(AccumulationOptions), typeof(IngestOptions), typeof(ScoringOptions), typeof(QueueOptions), typeof(ScheduleOptions), typeof(BatchOptions)];

    /// <summary>Properties bound from flat settings (the trigger attributes reference them as <c>%Name%</c>).</summary>
    private static readonly string[] FlatProperties = [nameof(QueueOptions.InboundQueue), nameof(ScheduleOptions.BatchSchedule)];

    /// <summary>Settings the local host reads on its own (LocalHost's FunctionKeyOptions and ScheduleTimerOptions).</summary>
    private static readonly string[] LocalHostSettings = ["Tidewater:FunctionKey", "Tidewater:AdminKey", "Tidewater:ScheduleRunOnStartup"];

    /// <summary>The identity-based storage connection every Azure deployment uses (no connection string, no key).</summary>
    private static readonly string[] IdentityStorageSettings =
    [
        "AzureWebJobsStorage:credential", "AzureWebJobsStorage:clientId",
        "AzureWebJobsStorage:blobServiceUri", "AzureWebJobsStorage:queueServiceUri", "AzureWebJobsStorage:tableServiceUri",
    ];

    private static readonly string Root = RepositoryRoot.Find();

    [Fact]
    public void AppOptions_AreEveryOptionsClassOfTheApp()
    {
        var discovered = typeof(TidewaterHostBuilderExtensions).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && t.Name.EndsWith("Options", StringComparison.Ordinal) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

        // A new options class must be added to AppOptions, and its settings to the sample, the infra and the README.
        Assert.Equal(AppOptions.OrderBy(t => t.FullName, StringComparer.Ordinal), discovered);
    }

    [Fact]
    public void Sample_DocumentsEverySettingTheAppReads()
    {
        var sample = SampleSettings();

        Assert.All(SharedSettings().Concat(HostLocalSettings()), setting => Assert.Contains(setting, sample));
    }

    [Fact]
    public void Sample_HasNoUnknownSetting()
    {
        var known = SharedSettings().Concat(HostLocalSettings()).Append("FUNCTIONS_WORKER_RUNTIME").ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(SampleSettings(), setting => Assert.Contains(setting, known));
    }

    [Fact]
    public void Infra_SetsEverySharedSetting_AndNoHostLocalOne()
    {
        var infra = InfraSettings();

        Assert.All(SharedSettings().Where(s => s != "AzureWebJobsStorage"), setting => Assert.Contains(setting, infra));
        Assert.All(IdentityStorageSettings, setting => Assert.Contains(setting, infra));
        Assert.All(HostLocalSettings(), setting => Assert.DoesNotContain(setting, infra));
        Assert.DoesNotContain("AzureWebJobsStorage", infra);
    }

    [Fact]
    public void Infra_HasNoUnknownAppSetting()
    {
        var shared = SharedSettings().ToHashSet(StringComparer.OrdinalIgnoreCase);

        var appSettings = InfraSettings().Where(s =>
            s.StartsWith("Tidewater:", StringComparison.OrdinalIgnoreCase) ||
            (!s.Contains(':', StringComparison.Ordinal) && !s.StartsWith("APPLICATIONINSIGHTS_", StringComparison.Ordinal)));

        Assert.All(appSettings, setting => Assert.Contains(setting, shared));
    }

    [Fact]
    public void Infra_HoldsNoSecret()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "infra"), "*.bicep", SearchOption.AllDirectories))
        {
            string text = File.ReadAllText(file);
            Assert.DoesNotContain("listKeys(", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("AccountKey=", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("InstrumentationKey", text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Matches(@"allowSharedKeyAccess:\s*false", File.ReadAllText(Path.Combine(Root, "infra", "app", "storage.bicep")));
        Assert.All(InfraSettings(), setting => Assert.DoesNotMatch("(?i)(key|secret|password|sas|connectionstring)", setting));
    }

    [Fact]
    public void Readme_ExplainsEverySetting()
    {
        string readme = File.ReadAllText(Path.Combine(Root, "README.md"));

        Assert.All(SharedSettings().Concat(HostLocalSettings()), setting => Assert.Contains(setting.Split(':')[^1], readme, StringComparison.Ordinal));
    }

    [Fact]
    public void HostJson_ConfiguresQueuesAndDurableForBothHosts()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "host.json")));
        var extensions = host.RootElement.GetProperty("extensions");
        var queues = extensions.GetProperty("queues");
        var durable = extensions.GetProperty("durableTask");

        // The Functions adapter re-encodes a poisoned message's decoded body as base64 (QueueMessageMetadata.WireText).
        Assert.Equal("base64", queues.GetProperty("messageEncoding").GetString());
        Assert.True(queues.GetProperty("maxDequeueCount").GetInt32() >= 1);
        Assert.Matches("^[A-Za-z][A-Za-z0-9]{2,44}$", durable.GetProperty("hubName").GetString());
        Assert.True(durable.GetProperty("maxConcurrentActivityFunctions").GetInt32() > 0);
        Assert.True(durable.GetProperty("maxConcurrentOrchestratorFunctions").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Object, durable.GetProperty("storageProvider").ValueKind);
        Assert.True(host.RootElement.TryGetProperty("functionTimeout", out _));
    }

    /// <summary>Every setting both hosts read, as configuration keys (<c>Tidewater:WindowMinutes</c>, <c>InboundQueue</c>).</summary>
    private static IEnumerable<string> SharedSettings() =>
        AppOptions.SelectMany(BoundProperties)
            .Where(p => p.Name != nameof(AccumulationOptions.WriterId))
            .Select(p => FlatProperties.Contains(p.Name) ? p.Name : $"{TidewaterHostBuilderExtensions.SectionName}:{p.Name}")
            .Append("AzureWebJobsStorage")
            .Distinct();

    /// <summary>Settings only one host reads, or that are right per process: documented in the sample, absent from the infra.</summary>
    private static IEnumerable<string> HostLocalSettings() =>
        LocalHostSettings
            .Append($"{TidewaterHostBuilderExtensions.SectionName}:{nameof(AccumulationOptions.WriterId)}");

    private static IEnumerable<PropertyInfo> BoundProperties(Type options) =>
        options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true });

    private static HashSet<string> SampleSettings()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "local.settings.sample.json")));
        return sample.RootElement.GetProperty("Values").EnumerateObject()
            .Select(p => p.Name.Replace("__", ":", StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The keys of every <c>var ...Settings = { ... }</c> object in <c>infra/app/*.bicep</c>.</summary>
    private static HashSet<string> InfraSettings()
    {
        var settings = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "infra", "app"), "*.bicep"))
        {
            foreach (Match block in SettingsBlock().Matches(File.ReadAllText(file)))
            {
                foreach (Match key in SettingKey().Matches(block.Groups["body"].Value))
                {
                    settings.Add(key.Groups["key"].Value.Replace("__", ":", StringComparison.Ordinal));
                }
            }
        }

        Assert.NotEmpty(settings);
        return settings;
    }

    [GeneratedRegex(@"^var \w*[Ss]ettings = \{\n(?<body>.*?)^\}", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex SettingsBlock();

    [GeneratedRegex(@"^\s+'?(?<key>[A-Za-z_][A-Za-z0-9_]*)'?\s*:", RegexOptions.Multiline)]
    private static partial Regex SettingKey();
}
