using Azure.Core.Serialization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Tidewater.App.Batch;
using Tidewater.App.Http;

namespace Tidewater.Functions;

/// <summary>What only the Functions host adds on top of <c>AddTidewater</c>.</summary>
/// <remarks>
/// No <see cref="Microsoft.DurableTask.Client.DurableTaskClient"/> is registered: Durable's client exists only per
/// invocation (the <c>[DurableClient]</c> binding), so the functions that need one build their handler per call
/// (<see cref="Batch.DurableHandlers"/>).
/// </remarks>
public static class FunctionsServiceCollectionExtensions
{
    /// <summary>Registers the worker serializer, the HTTP JSON shape and problem details.</summary>
    public static IServiceCollection AddTidewaterFunctions(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // WARNING: orchestration inputs, outputs and custom status are stored in this shape (camelCase, enums as
        // camelCase strings): the same options as OrchestrationJson.Converter, which AddTidewater registers as the DataConverter, so payloads match byte for byte on both hosts.
        services.Configure<WorkerOptions>(options => options.Serializer = new JsonObjectSerializer(OrchestrationJson.Options));

        // HTTP answers as on the local host (LocalHostBuilderExtensions): the same JSON options and problem details.
        // Under ASP.NET Core integration HttpContext.RequestServices is the invocation's scope, so these apply.
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(options => HttpJson.Configure(options.SerializerOptions));
        return services;
    }
}
