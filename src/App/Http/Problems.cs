using Microsoft.AspNetCore.Http;
using Tidewater.Domain.Validation;

namespace Tidewater.App.Http;

/// <summary>problem+json answers for client mistakes, each naming the field that is wrong.</summary>
public static class Problems
{
    /// <summary>400 with <c>errors</c> keyed by JSON path: every problem of the call.</summary>
    public static IResult Validation(IReadOnlyList<ValidationProblem> problems) =>
        TypedResults.ValidationProblem(
            problems.GroupBy(p => p.Path).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
            detail: "Nothing of this call was stored: fix every listed field and send it again.",
            title: "One or more events are invalid.");

    /// <summary><paramref name="status"/> with <c>errors</c> naming <paramref name="field"/>.</summary>
    public static IResult Field(int status, string title, string field, string message) =>
        TypedResults.Problem(
            statusCode: status,
            title: title,
            detail: field + " " + message,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });
}
