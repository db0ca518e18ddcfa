using Microsoft.Extensions.Logging;

namespace Tidewater.Functions;

/// <summary>The Functions host's own log events (6xxx).</summary>
internal static partial class Logs
{
    [LoggerMessage(6001, LogLevel.Warning, "Message {MessageId} moved to {PoisonQueue}: {Reason}")]
    public static partial void Poisoned(ILogger logger, string messageId, string poisonQueue, string reason);

    [LoggerMessage(6002, LogLevel.Information, "Batch schedule fired past due")]
    public static partial void SchedulePastDue(ILogger logger);
}
