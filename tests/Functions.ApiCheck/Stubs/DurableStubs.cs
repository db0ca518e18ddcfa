// Signature stubs, compile-only: shared/reference/functions-api.md §3 "Durable Functions (isolated)": the trigger and
// client attributes, TaskOrchestrationContext, options and retry, failures (namespace Microsoft.DurableTask).
// Every member throws; nothing runs them. Members marked "source" are not spelled out in functions-api.md and were
// read in microsoft/durabletask-dotnet @ ec41350 (the commit the reference cites).
using Microsoft.Extensions.Logging;

#pragma warning disable CA1019, CA1033, CA1710, CA1822, CA2225, IDE0060

namespace Microsoft.Azure.Functions.Worker
{
    /// <summary>§3 attribute table: <c>OrchestrationTriggerAttribute</c> with <c>string? Orchestration</c>.</summary>
    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class OrchestrationTriggerAttribute : Microsoft.Azure.Functions.Worker.Extensions.Abstractions.TriggerBindingAttribute
    {
        public string? Orchestration
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }

    /// <summary>§3 attribute table: <c>ActivityTriggerAttribute</c> with <c>string? Activity</c>.</summary>
    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class ActivityTriggerAttribute : Microsoft.Azure.Functions.Worker.Extensions.Abstractions.TriggerBindingAttribute
    {
        public string? Activity
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }

    /// <summary>§3 attribute table: <c>DurableClientAttribute</c> with <c>string? TaskHub</c>, <c>string? ConnectionName</c>.</summary>
    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class DurableClientAttribute : Microsoft.Azure.Functions.Worker.Extensions.Abstractions.InputBindingAttribute
    {
        public string? TaskHub
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public string? ConnectionName
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}

namespace Microsoft.DurableTask
{
    /// <summary>§3: <c>readonly struct TaskName(string name)</c> converts implicitly from and to <c>string</c>; equality ignores case.</summary>
    public readonly struct TaskName : IEquatable<TaskName>
    {
        public TaskName(string name) => throw new NotSupportedException();

        public static implicit operator string(TaskName value) => throw new NotSupportedException();

        public static implicit operator TaskName(string value) => throw new NotSupportedException();

        public static bool operator ==(TaskName a, TaskName b) => throw new NotSupportedException();

        public static bool operator !=(TaskName a, TaskName b) => throw new NotSupportedException();

        public bool Equals(TaskName other) => throw new NotSupportedException();

        public override bool Equals(object? obj) => throw new NotSupportedException();

        public override int GetHashCode() => throw new NotSupportedException();
    }

    /// <summary>§3: the type of <c>TaskOrchestrationContext.Parent</c> (members not listed).</summary>
    public sealed class ParentOrchestrationInstance
    {
    }

    /// <summary>§3: the type of <c>TaskOrchestrationContext.Entities</c> (members not listed).</summary>
    public abstract class TaskOrchestrationEntityFeature
    {
    }

    /// <summary>§3: <c>ContinueAsNewOptions</c> (NewInput, PreserveUnprocessedEvents, NewVersion).</summary>
    public class ContinueAsNewOptions
    {
    }

    /// <summary>§3 "TaskOrchestrationContext": abstract (A) and virtual (V) members as listed.</summary>
    public abstract class TaskOrchestrationContext
    {
        public abstract TaskName Name { get; }

        public abstract string InstanceId { get; }

        public abstract ParentOrchestrationInstance? Parent { get; }

        public abstract DateTime CurrentUtcDateTime { get; }

        public abstract bool IsReplaying { get; }

        public virtual string Version => throw new NotSupportedException();

        public virtual IReadOnlyDictionary<string, object?> Properties => throw new NotSupportedException();

        public virtual TaskOrchestrationEntityFeature Entities => throw new NotSupportedException();

        public virtual ILoggerFactory ReplaySafeLoggerFactory => throw new NotSupportedException();

        protected abstract ILoggerFactory LoggerFactory { get; }

        public abstract T? GetInput<T>();

        public abstract Task<TResult> CallActivityAsync<TResult>(TaskName name, object? input = null, TaskOptions? options = null);

        public virtual Task CallActivityAsync(TaskName name, object? input = null, TaskOptions? options = null) => throw new NotSupportedException();

        public virtual Task CallActivityAsync(TaskName name, TaskOptions options) => throw new NotSupportedException();

        public virtual Task<TResult> CallActivityAsync<TResult>(TaskName name, TaskOptions options) => throw new NotSupportedException();

        public abstract Task<TResult> CallSubOrchestratorAsync<TResult>(TaskName orchestratorName, object? input = null, TaskOptions? options = null);

        public virtual Task CallSubOrchestratorAsync(TaskName orchestratorName, object? input = null, TaskOptions? options = null) => throw new NotSupportedException();

        public virtual Task<TResult> CallSubOrchestratorAsync<TResult>(TaskName orchestratorName, TaskOptions options) => throw new NotSupportedException();

        public virtual Task CallSubOrchestratorAsync(TaskName orchestratorName, TaskOptions options) => throw new NotSupportedException();

        public abstract Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken);

        public virtual Task CreateTimer(TimeSpan delay, CancellationToken cancellationToken) => throw new NotSupportedException();

        public abstract Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default);

        public Task<T> WaitForExternalEvent<T>(string eventName, TimeSpan timeout) => throw new NotSupportedException();

        public Task<T> WaitForExternalEvent<T>(string eventName, TimeSpan timeout, CancellationToken cancellationToken) => throw new NotSupportedException();

        public abstract void SendEvent(string instanceId, string eventName, object payload);

        public abstract void SetCustomStatus(object? customStatus);

        public abstract void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true);

        public virtual void ContinueAsNew(ContinueAsNewOptions options) => throw new NotSupportedException();

        public abstract Guid NewGuid();

        public virtual ILogger CreateReplaySafeLogger(string categoryName) => throw new NotSupportedException();

        public virtual ILogger CreateReplaySafeLogger(Type type) => throw new NotSupportedException();

        public virtual ILogger CreateReplaySafeLogger<T>() => throw new NotSupportedException();
    }

    /// <summary>§3 "Options and retry": <c>RetryPolicy(int, TimeSpan, double = 1.0, TimeSpan? = null, TimeSpan? = null)</c> and <c>HandleFailure</c>.</summary>
    public class RetryPolicy
    {
        public RetryPolicy(int maxNumberOfAttempts, TimeSpan firstRetryInterval, double backoffCoefficient = 1.0, TimeSpan? maxRetryInterval = null, TimeSpan? retryTimeout = null) =>
            throw new NotSupportedException();

        public int MaxNumberOfAttempts => throw new NotSupportedException();

        public TimeSpan FirstRetryInterval => throw new NotSupportedException();

        public double BackoffCoefficient => throw new NotSupportedException();

        public TimeSpan MaxRetryInterval => throw new NotSupportedException();

        public TimeSpan RetryTimeout => throw new NotSupportedException();

        /// <summary>Init-only, no getter (source: <c>src/Abstractions/RetryPolicy.cs</c>).</summary>
        public Func<TaskFailureDetails, bool> HandleFailure
        {
            init => throw new NotSupportedException();
        }
    }

    /// <summary>§3: <c>TaskRetryOptions</c> converts implicitly from <c>RetryPolicy</c>.</summary>
    public sealed class TaskRetryOptions
    {
        /// <summary>Source: <c>src/Abstractions/TaskRetryOptions.cs</c>.</summary>
        public RetryPolicy? Policy => throw new NotSupportedException();

        public static implicit operator TaskRetryOptions(RetryPolicy policy) => throw new NotSupportedException();
    }

    /// <summary>§3: <c>record TaskOptions(TaskRetryOptions? retry = null, IDictionary&lt;string,string&gt;? tags = null)</c>.</summary>
    public record TaskOptions
    {
        public TaskOptions(TaskRetryOptions? retry = null, IDictionary<string, string>? tags = null) => throw new NotSupportedException();

        public TaskRetryOptions? Retry => throw new NotSupportedException();

        public IDictionary<string, string>? Tags => throw new NotSupportedException();

        public static TaskOptions FromRetryPolicy(RetryPolicy policy) => throw new NotSupportedException();

        public SubOrchestrationOptions WithInstanceId(string instanceId) => throw new NotSupportedException();
    }

    /// <summary>§3: <c>record SubOrchestrationOptions(TaskRetryOptions? retry = null, string? instanceId = null) : TaskOptions</c>, also <c>(TaskOptions, string?)</c>.</summary>
    public record SubOrchestrationOptions : TaskOptions
    {
        public SubOrchestrationOptions(TaskRetryOptions? retry = null, string? instanceId = null) => throw new NotSupportedException();

        public SubOrchestrationOptions(TaskOptions options, string? instanceId = null) => throw new NotSupportedException();

        /// <summary>Source: <c>src/Abstractions/TaskOptions.cs</c>.</summary>
        public string? InstanceId => throw new NotSupportedException();
    }

    /// <summary>§3: <c>record StartOrchestrationOptions(string? InstanceId = null, DateTimeOffset? StartAt = null)</c>, namespace Microsoft.DurableTask.</summary>
    public record StartOrchestrationOptions
    {
        public StartOrchestrationOptions(string? InstanceId = null, DateTimeOffset? StartAt = null) => throw new NotSupportedException();

        public string? InstanceId => throw new NotSupportedException();

        public DateTimeOffset? StartAt => throw new NotSupportedException();
    }

    /// <summary>§3: <c>record TaskFailureDetails(string ErrorType, string ErrorMessage, string? StackTrace, TaskFailureDetails? InnerFailure, IDictionary&lt;string,object?&gt;? Properties)</c>.</summary>
    public record TaskFailureDetails
    {
        public TaskFailureDetails(string ErrorType, string ErrorMessage, string? StackTrace, TaskFailureDetails? InnerFailure, IDictionary<string, object?>? Properties) =>
            throw new NotSupportedException();

        public string ErrorType => throw new NotSupportedException();

        public string ErrorMessage => throw new NotSupportedException();

        public string? StackTrace => throw new NotSupportedException();

        public TaskFailureDetails? InnerFailure => throw new NotSupportedException();

        public IDictionary<string, object?>? Properties => throw new NotSupportedException();

        public bool IsCausedBy<T>()
            where T : Exception => throw new NotSupportedException();
    }

    /// <summary>§3 and §5 rule 4: sealed, <c>(string taskName, int taskId, TaskFailureDetails)</c>, <c>TaskName</c>, <c>TaskId</c>, <c>FailureDetails</c>.</summary>
    public sealed class TaskFailedException : Exception
    {
        public TaskFailedException(string taskName, int taskId, TaskFailureDetails failureDetails) => throw new NotSupportedException();

        public string TaskName => throw new NotSupportedException();

        public int TaskId => throw new NotSupportedException();

        public TaskFailureDetails FailureDetails => throw new NotSupportedException();

        public bool IsCausedByException<T>()
            where T : Exception => throw new NotSupportedException();
    }

    /// <summary>§3: the return type of <c>GetAllInstancesAsync</c> (source: <c>src/Abstractions/AsyncPageable.cs</c>, <c>IAsyncEnumerable&lt;T&gt;</c>).</summary>
    public abstract class AsyncPageable<T> : IAsyncEnumerable<T>
        where T : notnull
    {
        public abstract IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = default, int? pageSizeHint = default);

        public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    /// <summary>A page of <see cref="AsyncPageable{T}"/> (source: <c>src/Abstractions/Page.cs</c>).</summary>
    public sealed class Page<T>
        where T : notnull
    {
        public Page(IReadOnlyList<T> values, string? continuationToken = null) => throw new NotSupportedException();

        public IReadOnlyList<T> Values => throw new NotSupportedException();

        public string? ContinuationToken => throw new NotSupportedException();
    }
}
