using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Waymark.Server.Tests.Fuzz;

/// <summary>
/// Catches what the server logs as errors (the exception handler logs every unhandled exception), so a 500 in a
/// fuzz report names the exception and where it was thrown, not only the status.
/// </summary>
internal sealed class ServerErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<Exception> _errors = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    /// <summary>The exceptions logged since the last call, and clears them.</summary>
    public List<Exception> Take()
    {
        var taken = new List<Exception>();
        while (_errors.TryDequeue(out var e))
        {
            taken.Add(e);
        }

        return taken;
    }

    /// <summary>"Type at Method" of the innermost exception: what makes two 500s the same fault.</summary>
    public static string Signature(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        var frame = inner.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("Waymark.", StringComparison.Ordinal))
            ?? inner.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? "";
        var at = frame.IndexOf(" in ", StringComparison.Ordinal);
        return $"{inner.GetType().Name} {(at > 0 ? frame[..at] : frame)}";
    }

    public void Dispose()
    {
    }

    private sealed class Logger(ServerErrors owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
            {
                owner._errors.Enqueue(exception ?? new InvalidOperationException(formatter(state, exception)));
            }
        }
    }
}
