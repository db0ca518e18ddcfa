namespace Tidewater.Cli.Batches;

/// <summary>An <c>application/problem+json</c> answer: title, detail and the <c>errors</c> keyed by field.</summary>
public sealed record ApiProblem(string? Title, string? Detail, int? Status, IReadOnlyDictionary<string, string[]>? Errors);
