using System.Reflection;
using Azure.Core.Serialization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tidewater.App.Batch;
using Xunit;

namespace Tidewater.Functions.Tests;

public sealed class FunctionCatalogTests
{
    private static readonly IReadOnlyList<(string Name, MethodInfo Method)> Functions =
    [
        .. typeof(FunctionNames).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(m => (m.GetCustomAttribute<FunctionAttribute>()?.Name, m))
            .Where(f => f.Name is not null)
            .Select(f => (f.Name!, f.m)),
    ];

    [Fact]
    public void BatchFunctions_EveryNameHasExactlyOneFunction()
    {
        foreach (string name in BatchFunctions.Orchestrators.Concat(BatchFunctions.Activities))
        {
            Assert.Single(Functions, f => f.Name == name);
        }
    }

    [Fact]
    public void Functions_NamesAreUnique() =>
        Assert.Equal(Functions.Count, Functions.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());

    [Theory]
    [InlineData(FunctionNames.IngestEvents, "post", "events", AuthorizationLevel.Function)]
    [InlineData(FunctionNames.Health, "get", "health", AuthorizationLevel.Anonymous)]
    [InlineData(FunctionNames.StartBatches, "post", "batches", AuthorizationLevel.Function)]
    [InlineData(FunctionNames.ListBatches, "get", "batches", AuthorizationLevel.Function)]
    [InlineData(FunctionNames.GetBatch, "get", "batches/{id}", AuthorizationLevel.Function)]
    [InlineData(FunctionNames.TerminateBatch, "post", "batches/{id}/terminate", AuthorizationLevel.Admin)]
    [InlineData(FunctionNames.RedriveBatch, "post", "batches/{id}/redrive", AuthorizationLevel.Function)]
    [InlineData(FunctionNames.PurgeBatch, "delete", "batches/{id}", AuthorizationLevel.Admin)]
    [InlineData(FunctionNames.GetReport, "get", "reports/{id}", AuthorizationLevel.Function)]
    [InlineData(FunctionNames.GetCurrentModel, "get", "models/current", AuthorizationLevel.Function)]
    [InlineData(FunctionNames.PinModel, "post", "models/pin", AuthorizationLevel.Admin)]
    [InlineData(FunctionNames.OpenApi, "get", "openapi.json", AuthorizationLevel.Anonymous)]
    public void HttpFunction_HasTheLocalHostsRouteAndKeyLevel(string name, string method, string route, AuthorizationLevel level)
    {
        var trigger = Functions.Single(f => f.Name == name).Method.GetParameters()
            .Select(p => p.GetCustomAttribute<HttpTriggerAttribute>())
            .Single(a => a is not null)!;

        Assert.Equal(route, trigger.Route);
        Assert.Equal([method], trigger.Methods ?? []);
        Assert.Equal(level, trigger.AuthLevel);
    }

    [Fact]
    public void AddTidewaterFunctions_WorkerSerializer_WritesTheOrchestrationShape()
    {
        using var services = new ServiceCollection().AddTidewaterFunctions().BuildServiceProvider();
        var serializer = services.GetRequiredService<IOptions<WorkerOptions>>().Value.Serializer;

        var json = Assert.IsType<JsonObjectSerializer>(serializer).Serialize(new BatchProgress(BatchPhases.Indexing, 1, 2, 3, 4)).ToString();

        Assert.StartsWith("{\"phase\":", json, StringComparison.Ordinal);
    }
}
