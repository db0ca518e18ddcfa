namespace Tidewater.Orchestration;

/// <summary>What made an activity or sub-orchestration fail (Durable's <c>TaskFailureDetails</c>).</summary>
/// <param name="ErrorType">The exception's full type name.</param>
/// <param name="ErrorMessage">The exception's message.</param>
/// <param name="StackTrace">The stack trace, if known.</param>
/// <param name="InnerFailure">The inner failure, if any.</param>
public sealed record TaskFailureDetails(string ErrorType, string ErrorMessage, string? StackTrace = null, TaskFailureDetails? InnerFailure = null)
{
    /// <summary>True when the failure (or an inner one) was an exception of type <typeparamref name="T"/> or a subtype.</summary>
    public bool IsCausedBy<T>()
        where T : Exception
    {
        for (var failure = this; failure is not null; failure = failure.InnerFailure)
        {
            // As in Durable: resolve the recorded type where possible, else compare names.
            var type = Type.GetType(failure.ErrorType, throwOnError: false);
            if (type is not null ? typeof(T).IsAssignableFrom(type) : failure.ErrorType == typeof(T).FullName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Describes <paramref name="exception"/>.</summary>
    public static TaskFailureDetails FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var type = exception.GetType();
        return new TaskFailureDetails(
            type.FullName ?? type.Name,
            exception.Message,
            exception.StackTrace,
            exception.InnerException is { } inner ? FromException(inner) : null);
    }
}
