using Tidewater.App;
using Tidewater.LocalHost;
using Tidewater.LocalHost.Configuration;
using Tidewater.LocalHost.Diagnostics;
using Tidewater.LocalHost.Endpoints;
using Tidewater.LocalHost.OpenApi;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddFunctionsSettings(FunctionsSettingsConfigurationExtensions.FindSettingsDirectory(builder.Environment.ContentRootPath));
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    // Where Functions Core Tools listens, so clients work unchanged against either host.
    builder.WebHost.UseUrls("http://127.0.0.1:7071");
}

// ASP.NET Core's own request lines would print the `code` key; RequestLoggingMiddleware logs requests redacted.
builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
builder.Logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
builder.Logging.AddFilter("Microsoft.AspNetCore.Http.Result", LogLevel.Warning);
builder.Logging.AddFilter("Microsoft.AspNetCore.Http.HttpResults", LogLevel.Warning);
builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);

// The OpenAPI document generator brings MVC's API explorer, which reports at start-up that this app has no controllers.
builder.Logging.AddFilter("Microsoft.AspNetCore.Mvc.Infrastructure", LogLevel.Warning);

builder.AddTidewater();
builder.AddLocalHostTriggers();
builder.AddLocalHostTelemetry();
builder.Services.AddTidewaterOpenApi();

var app = builder.Build();
app.UseMiddleware<RequestLoggingMiddleware>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthEndpoints();
app.MapEventsEndpoints();
app.MapBatchesEndpoints();
app.MapReportsAndModelsEndpoints();
app.MapDashboardEndpoints();
app.MapTidewaterOpenApi();
app.Run();

/// <summary>The local host's entry point (public for the in-memory test host).</summary>
public partial class Program;
