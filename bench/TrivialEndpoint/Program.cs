// The ingest benchmark's baseline: accepts the body POST /api/events takes and answers a small JSON, doing nothing
// else (no key check, no parsing, no storage). Same builder as the local host; it logs nothing per request either.
// It doubles as the OTLP/HTTP sink of the telemetry-on run: POST /v1/{traces,metrics,logs} is read whole and
// answered with an empty (valid) protobuf response; GET /v1/stats tells how many exports and bytes arrived.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
byte[] answer = """{"decisions":[{"eventId":"x","decision":"approve","score":0.01,"reasons":[],"modelVersion":"v0","duplicate":false}]}"""u8.ToArray();
app.MapPost("/api/events", async (HttpContext context) =>
{
    // Read the whole body, as the real endpoint must before it can answer.
    var reader = context.Request.BodyReader;
    while (true)
    {
        var read = await reader.ReadAsync(context.RequestAborted);
        reader.AdvanceTo(read.Buffer.End);
        if (read.IsCompleted)
        {
            break;
        }
    }

    context.Response.ContentType = "application/json; charset=utf-8";
    await context.Response.Body.WriteAsync(answer, context.RequestAborted);
});
long exports = 0, exportedBytes = 0;
app.MapPost("/v1/{signal}", async (HttpContext context) =>
{
    long bytes = 0;
    var reader = context.Request.BodyReader;
    while (true)
    {
        var read = await reader.ReadAsync(context.RequestAborted);
        bytes += read.Buffer.Length;
        reader.AdvanceTo(read.Buffer.End);
        if (read.IsCompleted)
        {
            break;
        }
    }

    Interlocked.Increment(ref exports);
    Interlocked.Add(ref exportedBytes, bytes);
    context.Response.ContentType = "application/x-protobuf";
    context.Response.ContentLength = 0;
});
app.MapGet("/v1/stats", () => Results.Json(new { exports = Interlocked.Read(ref exports), bytes = Interlocked.Read(ref exportedBytes) }));
app.Run();
