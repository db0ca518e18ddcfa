// Signature stubs, compile-only: shared/reference/functions-api.md §1 "Project setup" (Program.cs, Application
// Insights, DI) and §3 "Serialization" (WorkerOptions.Serializer). Every member throws; nothing runs them.
using System.Diagnostics.Metrics;
using Azure.Core.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

#pragma warning disable CA1822, IDE0060

namespace Microsoft.Azure.Functions.Worker.Builder
{
    /// <summary>§1: <c>public class FunctionsApplication { public static FunctionsApplicationBuilder CreateBuilder(string[] args); }</c></summary>
    public class FunctionsApplication
    {
        public static FunctionsApplicationBuilder CreateBuilder(string[] args) => throw new NotSupportedException();
    }

    /// <summary>§1: <c>FunctionsApplicationBuilder : IHostApplicationBuilder, IFunctionsWorkerApplicationBuilder</c>.</summary>
    public class FunctionsApplicationBuilder : IHostApplicationBuilder, IFunctionsWorkerApplicationBuilder
    {
        public IServiceCollection Services => throw new NotSupportedException();

        public ConfigurationManager Configuration => throw new NotSupportedException();

        public IHostEnvironment Environment => throw new NotSupportedException();

        public ILoggingBuilder Logging => throw new NotSupportedException();

        public IMetricsBuilder Metrics => throw new NotSupportedException();

        public IDictionary<object, object> Properties => throw new NotSupportedException();

        IConfigurationManager IHostApplicationBuilder.Configuration => Configuration;

        public IHost Build() => throw new NotSupportedException();

        public void ConfigureContainer<TContainerBuilder>(IServiceProviderFactory<TContainerBuilder> factory, Action<TContainerBuilder>? configure = null)
            where TContainerBuilder : notnull => throw new NotSupportedException();
    }

    /// <summary>§1: class <c>FunctionsApplicationBuilderAspNetCoreExtensions</c>, package Http.AspNetCore.</summary>
    public static class FunctionsApplicationBuilderAspNetCoreExtensions
    {
        public static FunctionsApplicationBuilder ConfigureFunctionsWebApplication(this FunctionsApplicationBuilder builder) => throw new NotSupportedException();
    }
}

namespace Microsoft.Azure.Functions.Worker
{
    /// <summary>§1: the builder interface <c>FunctionsApplicationBuilder</c> implements (its members are not listed).</summary>
    public interface IFunctionsWorkerApplicationBuilder
    {
    }

    /// <summary>§1: <c>ConfigureFunctionsApplicationInsights(this IServiceCollection)</c>, class <c>FunctionsApplicationInsightsExtensions</c>.</summary>
    public static class FunctionsApplicationInsightsExtensions
    {
        public static IServiceCollection ConfigureFunctionsApplicationInsights(this IServiceCollection services) => throw new NotSupportedException();
    }

    /// <summary>§3 "Serialization" and §5 rule 5: <c>Configure&lt;WorkerOptions&gt;(o =&gt; o.Serializer = new JsonObjectSerializer(opts))</c>.</summary>
    public class WorkerOptions
    {
        public ObjectSerializer? Serializer
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>
    /// §1: <c>AddApplicationInsightsTelemetryWorkerService()</c> "comes from the AI WorkerService package". The class
    /// name and namespace are that package's (the reference does not name them).
    /// </summary>
    public static class ApplicationInsightsExtensions
    {
        public static IServiceCollection AddApplicationInsightsTelemetryWorkerService(this IServiceCollection services) => throw new NotSupportedException();
    }
}
