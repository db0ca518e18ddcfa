using System.Net;

namespace Tidewater.Cli.Batches;

/// <summary>One management API answer: the value of a 2xx, or the status and problem (or raw text) of anything else.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Value">The parsed body of a 2xx.</param>
/// <param name="Problem">The problem+json body of a non-2xx, when it was one.</param>
/// <param name="Text">The body as text (the raw JSON, or the report page).</param>
public sealed record ApiResponse<T>(HttpStatusCode Status, T? Value, ApiProblem? Problem, string Text)
{
    /// <summary>True for a 2xx.</summary>
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    /// <summary>True for a 4xx: the request was wrong, and repeating it will not help.</summary>
    public bool IsClientError => (int)Status is >= 400 and < 500;
}
