using Microsoft.AspNetCore.Http;
using Tidewater.App.Management;

namespace Tidewater.App.Http;

/// <summary>Maps a <see cref="ManagementResult{T}"/> onto HTTP: 200/202 with the value, else problem+json naming the field.</summary>
public static class ManagementResults
{
    /// <summary>The HTTP answer for <paramref name="result"/>, shaping the value with <paramref name="shape"/> and setting <c>Location</c> on a 202.</summary>
    public static IResult ToHttp<T>(ManagementResult<T> result, Func<T, object>? shape = null, string? location = null) => result.Status switch
    {
        ManagementStatus.Ok => Results.Ok(Shape(result, shape)),
        ManagementStatus.Accepted => Results.Accepted(location, Shape(result, shape)),
        ManagementStatus.Invalid => Problems.Field(StatusCodes.Status400BadRequest, "Invalid request", result.Field!, result.Message!),
        ManagementStatus.NotFound => Problems.Field(StatusCodes.Status404NotFound, "Not found", result.Field!, result.Message!),
        _ => Problems.Field(StatusCodes.Status409Conflict, "Conflict", result.Field!, result.Message!),
    };


    private static object? Shape<T>(ManagementResult<T> result, Func<T, object>? shape) =>
        shape is null ? result.Value : shape(result.Value!);
}
