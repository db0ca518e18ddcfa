using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tidewater.App;
using Tidewater.Functions;

// Web integration, telemetry (OpenTelemetry instead of the Application Insights SDK: docs/telemetry.md), then our services.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.AddTidewaterFunctionsTelemetry();

// The same composition method as the local host, then what only this host adds (no engine, no keys, no triggers:
// the Functions host owns those).
builder.AddTidewater();
builder.Services.AddTidewaterFunctions();

builder.Build().Run();
