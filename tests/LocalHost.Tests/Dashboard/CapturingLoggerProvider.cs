using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Tidewater.LocalHost.Tests.Dashboard;

/// <summary>Keeps every formatted log message of a host, with its category, so a test can search what was logged.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, string Message)> _messages = new();

    /// <summary>Everything logged so far.</summary>
    public IReadOnlyList<(string Category, string Message)> Messages => [.. _messages];

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _messages);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(string, string)> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue((category, formatter(state, exception) + (exception is null ? string.Empty : " " + exception)));
    }
}
