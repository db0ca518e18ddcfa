namespace Tidewater.Domain.Validation;

/// <summary>One thing wrong with an input, located by a JSON path.</summary>
/// <param name="Path">The JSON path of the offending value, e.g. <c>$[3].amount</c>.</param>
/// <param name="Message">A short human message that completes the path, e.g. <c>must be greater than 0</c>.</param>
/// <remarks>Messages are for people and may change; clients that need to branch should use <paramref name="Path"/>.</remarks>
public sealed record ValidationProblem(string Path, string Message);
