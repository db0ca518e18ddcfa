// Signature stubs, compile-only: shared/reference/functions-api.md §2 "Triggers and bindings" ([Function], HTTP,
// Queue storage, Timer, FunctionContext). Every member throws; nothing runs them.
using Microsoft.Extensions.Logging;

#pragma warning disable CA1019, CA1813, CA1822, IDE0060

namespace Microsoft.Azure.Functions.Worker.Extensions.Abstractions
{
    /// <summary>§2: the base of trigger attributes (named as a base in the reference; its members are not listed).</summary>
    public abstract class TriggerBindingAttribute : Attribute
    {
    }

    /// <summary>§3 table: the base of <c>DurableClientAttribute</c>.</summary>
    public abstract class InputBindingAttribute : Attribute
    {
    }

    /// <summary>§2: the base of <c>QueueOutputAttribute</c>.</summary>
    public abstract class OutputBindingAttribute : Attribute
    {
    }
}

namespace Microsoft.Azure.Functions.Worker
{
    /// <summary>§2 "[Function]": <c>[AttributeUsage(Method)] public class FunctionAttribute(string name)</c> with <c>Name</c>.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public class FunctionAttribute : Attribute
    {
        public FunctionAttribute(string name) => throw new NotSupportedException();

        public string Name => throw new NotSupportedException();
    }

    /// <summary>§2 "HTTP": <c>public enum AuthorizationLevel { Anonymous=0, User=1, Function=2, System=3, Admin=4 }</c>.</summary>
    public enum AuthorizationLevel
    {
        Anonymous = 0,
        User = 1,
        Function = 2,
        System = 3,
        Admin = 4,
    }

    /// <summary>§2 "HTTP": <c>public sealed class HttpTriggerAttribute : TriggerBindingAttribute</c>.</summary>
    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class HttpTriggerAttribute : Microsoft.Azure.Functions.Worker.Extensions.Abstractions.TriggerBindingAttribute
    {
        public HttpTriggerAttribute() => throw new NotSupportedException();

        public HttpTriggerAttribute(params string[] methods) => throw new NotSupportedException();

        public HttpTriggerAttribute(AuthorizationLevel authLevel) => throw new NotSupportedException();

        public HttpTriggerAttribute(AuthorizationLevel authLevel, params string[] methods) => throw new NotSupportedException();

        public string? Route
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public string[]? Methods => throw new NotSupportedException();

        public AuthorizationLevel AuthLevel => throw new NotSupportedException();
    }

    /// <summary>§2 "Queue storage": <c>public sealed class QueueTriggerAttribute(string queueName) : TriggerBindingAttribute</c>.</summary>
    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class QueueTriggerAttribute : Microsoft.Azure.Functions.Worker.Extensions.Abstractions.TriggerBindingAttribute
    {
        public QueueTriggerAttribute(string queueName) => throw new NotSupportedException();

        public string QueueName => throw new NotSupportedException();

        public string? Connection
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }

    /// <summary>§2 "Queue storage": <c>public sealed class QueueOutputAttribute(string queueName) : OutputBindingAttribute</c>.</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.ReturnValue)]
    public sealed class QueueOutputAttribute : Microsoft.Azure.Functions.Worker.Extensions.Abstractions.OutputBindingAttribute
    {
        public QueueOutputAttribute(string queueName) => throw new NotSupportedException();

        public string QueueName => throw new NotSupportedException();

        public string? Connection
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }

    /// <summary>§2 "Timer": <c>public sealed class TimerTriggerAttribute(string schedule) : TriggerBindingAttribute</c>.</summary>
    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class TimerTriggerAttribute : Microsoft.Azure.Functions.Worker.Extensions.Abstractions.TriggerBindingAttribute
    {
        public TimerTriggerAttribute(string schedule) => throw new NotSupportedException();

        public string Schedule => throw new NotSupportedException();

        public bool UseMonitor
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public bool RunOnStartup
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }

    /// <summary>§2 "Timer": <c>public class TimerInfo</c> with <c>ScheduleStatus? ScheduleStatus</c> and <c>bool IsPastDue</c>.</summary>
    public class TimerInfo
    {
        public ScheduleStatus? ScheduleStatus => throw new NotSupportedException();

        public bool IsPastDue => throw new NotSupportedException();
    }

    /// <summary>§2 "Timer": <c>public class ScheduleStatus</c> with <c>Last</c>, <c>Next</c>, <c>LastUpdated</c>.</summary>
    public class ScheduleStatus
    {
        public DateTime Last => throw new NotSupportedException();

        public DateTime Next => throw new NotSupportedException();

        public DateTime LastUpdated => throw new NotSupportedException();
    }

    /// <summary>§2 "FunctionContext": the abstract members as listed.</summary>
    public abstract class FunctionContext
    {
        public abstract string InvocationId { get; }

        public abstract string FunctionId { get; }

        public abstract TraceContext TraceContext { get; }

        public abstract BindingContext BindingContext { get; }

        public abstract RetryContext RetryContext { get; }

        public abstract IServiceProvider InstanceServices { get; set; }

        public abstract FunctionDefinition FunctionDefinition { get; }

        public abstract IDictionary<object, object> Items { get; set; }

        public abstract IInvocationFeatures Features { get; }

        public virtual CancellationToken CancellationToken => throw new NotSupportedException();
    }

    /// <summary>§2 "Queue storage" metadata: <c>context.BindingContext.BindingData</c> (<c>IReadOnlyDictionary&lt;string, object?&gt;</c>).</summary>
    public abstract class BindingContext
    {
        public abstract IReadOnlyDictionary<string, object?> BindingData { get; }
    }

    /// <summary>§2: the type of <c>FunctionContext.TraceContext</c> (members not listed).</summary>
    public abstract class TraceContext
    {
    }

    /// <summary>§2: the type of <c>FunctionContext.RetryContext</c> (members not listed).</summary>
    public abstract class RetryContext
    {
    }

    /// <summary>§2: the type of <c>FunctionContext.FunctionDefinition</c> (members not listed).</summary>
    public abstract class FunctionDefinition
    {
    }

    /// <summary>§2: the type of <c>FunctionContext.Features</c> (members not listed).</summary>
    public interface IInvocationFeatures
    {
    }

    /// <summary>§2: <c>GetLogger&lt;T&gt;()</c> and <c>GetLogger(string)</c>, class <c>FunctionContextLoggerExtensions</c>.</summary>
    public static class FunctionContextLoggerExtensions
    {
        public static ILogger<T> GetLogger<T>(this FunctionContext context) => throw new NotSupportedException();

        public static ILogger GetLogger(this FunctionContext context, string categoryName) => throw new NotSupportedException();
    }
}
