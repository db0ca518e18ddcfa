using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tidewater.App;
using Tidewater.Functions;

// Order per shared/reference/functions-api.md §1: web integration, Application Insights, then our services.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddApplicationInsightsTelemetryWorkerService();
builder.Services.ConfigureFunctionsApplicationInsights();

// The same composition method as the local host, then what only this host adds (no engine, no keys, no triggers:
// the Functions host owns those).
builder.AddTidewater();
builder.Services.AddTidewaterFunctions();

builder.Build().Run();
