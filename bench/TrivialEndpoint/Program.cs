// The ingest benchmark's baseline: accepts the body POST /api/events takes and answers a small JSON, doing nothing
// else (no key check, no parsing, no storage). Same builder as the local host; it logs nothing per request either.
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
app.Run();
