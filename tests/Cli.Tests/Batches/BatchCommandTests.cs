using System.Net;
using System.Text.Json;
using Tidewater.Cli.Commands;
using Tidewater.Testing;

namespace Tidewater.Cli.Tests.Batches;

public class BatchCommandTests
{
    private readonly BatchFakeHttpHandler _host = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    private Task<int> InvokeAsync(params string[] args) =>
        BatchCommand.Create(new FakeTimeProvider(), BatchConsole.Plain(_out, _error), _host)
            .Parse(["batch", .. args, "--url", "http://host:7071", "--key", "secret"])
            .InvokeAsync();

    [Fact]
    public async Task Start_WithModelAndPublish_PostsTheRangeAsCamelCaseJsonWithTheKey()
    {
        _host.Answer(HttpStatusCode.Accepted, """{"batches":[{"id":"replay-202611211000-1","statusQueryGetUri":"http://host:7071/api/batches/replay-202611211000-1"}]}""");

        int exitCode = await InvokeAsync("start", "--from", "2026-11-21T10:00:00Z", "--to", "2026-11-21T12:00:00+01:00", "--model-version", "v3", "--publish-model");

        Assert.Equal(BatchExitCodes.Success, exitCode);
        var request = Assert.Single(_host.Requests);
        Assert.Equal((HttpMethod.Post, "http://host:7071/api/batches", "secret"), (request.Method, request.Uri.ToString(), request.Key));
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), body.RootElement.GetProperty("from").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 11, 0, 0, TimeSpan.Zero), body.RootElement.GetProperty("to").GetDateTimeOffset());
        Assert.Equal("v3", body.RootElement.GetProperty("modelVersion").GetString());
        Assert.True(body.RootElement.GetProperty("publishModel").GetBoolean());
        Assert.Contains("replay-202611211000-1\thttp://host:7071/api/batches/replay-202611211000-1", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithoutModel_LeavesOptionalFieldsOut()
    {
        _host.Answer(HttpStatusCode.Accepted, """{"batches":[]}""");

        await InvokeAsync("start", "--from", "2026-11-21T10:00:00Z", "--to", "2026-11-21T11:00:00Z");

        using var body = JsonDocument.Parse(Assert.Single(_host.Requests).Body!);
        Assert.False(body.RootElement.TryGetProperty("modelVersion", out _));
        Assert.False(body.RootElement.TryGetProperty("publishModel", out _));
    }

    [Fact]
    public async Task Start_ProblemAnswer_PrintsEveryFieldErrorAndReturnsClientError()
    {
        _host.Answer(HttpStatusCode.BadRequest, BatchStatusJson.Problem, "application/problem+json");

        int exitCode = await InvokeAsync("start", "--from", "2026-11-21T12:00:00Z", "--to", "2026-11-21T10:00:00Z");

        Assert.Equal(BatchExitCodes.ClientError, exitCode);
        string error = _error.ToString();
        Assert.Contains("HTTP 400", error, StringComparison.Ordinal);
        Assert.Contains("Invalid request", error, StringComparison.Ordinal);
        Assert.Contains("  to: must be after from", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("start", "--to", "2026-11-21T10:00:00Z")]
    [InlineData("start", "--from", "yesterday", "--to", "2026-11-21T10:00:00Z")]
    [InlineData("watch", "batch-1", "--interval", "0s")]
    [InlineData("show")]
    public async Task Invoke_InvalidArguments_UsageWithoutAnyRequest(params string[] args)
    {
        int exitCode = await InvokeAsync(args);

        Assert.Equal(BatchExitCodes.Usage, exitCode);
        Assert.Empty(_host.Requests);
    }

    [Fact]
    public async Task List_WithStatusesAndRange_SendsTheQueryAndPrintsOneLinePerBatch()
    {
        _host.Answer(HttpStatusCode.OK, "{\"batches\":[" + BatchStatusJson.Completed() + "," + BatchStatusJson.Running("scoring", 1, 4, 2000, 8000) + "]}");

        int exitCode = await InvokeAsync("list", "--status", "running,failed", "--status", "completed", "--from", "2026-11-21T00:00:00Z", "--to", "2026-11-22T00:00:00Z");

        Assert.Equal(BatchExitCodes.Success, exitCode);
        Assert.Equal(
            "http://host:7071/api/batches?status=running%2Cfailed%2Ccompleted&from=2026-11-21T00%3A00%3A00Z&to=2026-11-22T00%3A00%3A00Z",
            Assert.Single(_host.Requests).Uri.AbsoluteUri);
        string[] lines = _out.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("batch-202611211000\tcompleted\tcompleted 8000/8000\t2026-11-21T11:00:05Z\t8000", lines[0]);
        Assert.Equal("batch-202611211000\trunning\tscoring 2000/8000\t2026-11-21T11:00:05Z\t-", lines[1]);
    }

    [Fact]
    public async Task Show_Completed_PrintsTheOutputSummaryAndReportLink()
    {
        _host.Answer(HttpStatusCode.OK, BatchStatusJson.Completed());

        int exitCode = await InvokeAsync("show", BatchStatusJson.Id);

        Assert.Equal(BatchExitCodes.Success, exitCode);
        Assert.Equal("http://host:7071/api/batches/batch-202611211000", Assert.Single(_host.Requests).Uri.AbsoluteUri);
        string output = _out.ToString();
        Assert.Contains("records: 8000", output, StringComparison.Ordinal);
        Assert.Contains("events: 7990", output, StringComparison.Ordinal);
        Assert.Contains("model: v0 -> v1-202611211000 (switched)", output, StringComparison.Ordinal);
        Assert.Contains("checksum: abc123", output, StringComparison.Ordinal);
        Assert.Contains("report: http://h/api/reports/batch-202611211000", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Json_PrintsTheBodyAsSent()
    {
        _host.Answer(HttpStatusCode.OK, BatchStatusJson.Failed());

        await InvokeAsync("show", BatchStatusJson.Id, "--json");

        Assert.Equal(BatchStatusJson.Failed(), _out.ToString().Trim());
    }

    [Fact]
    public async Task Show_ServerError_ReturnsServerError()
    {
        _host.Answer(HttpStatusCode.ServiceUnavailable, "storage is not ready", "text/plain");

        int exitCode = await InvokeAsync("show", BatchStatusJson.Id);

        Assert.Equal(BatchExitCodes.ServerError, exitCode);
        Assert.Contains("HTTP 503 ServiceUnavailable: storage is not ready", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_HostUnreachable_ReturnsServerError()
    {
        _host.Failure = new HttpRequestException("Connection refused");

        int exitCode = await InvokeAsync("show", BatchStatusJson.Id);

        Assert.Equal(BatchExitCodes.ServerError, exitCode);
        Assert.Contains("could not be reached: Connection refused", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_Html_AsksForThePageAndPrintsIt()
    {
        _host.Answer(HttpStatusCode.OK, "<html><table></table></html>", "text/html");

        int exitCode = await InvokeAsync("report", "batch-202611211000", "--html");

        Assert.Equal(BatchExitCodes.Success, exitCode);
        Assert.Equal("http://host:7071/api/reports/batch-202611211000?format=html", Assert.Single(_host.Requests).Uri.AbsoluteUri);
        Assert.Equal("<html><table></table></html>", _out.ToString().Trim());
    }

    [Fact]
    public async Task Report_Missing_ReturnsClientError()
    {
        _host.Answer(HttpStatusCode.NotFound, """{"title":"Not found","status":404,"errors":{"id":["no report for 'x' (yet)"]}}""", "application/problem+json");

        int exitCode = await InvokeAsync("report", "x");

        Assert.Equal(BatchExitCodes.ClientError, exitCode);
        Assert.Contains("  id: no report for 'x' (yet)", _error.ToString(), StringComparison.Ordinal);
    }
}
