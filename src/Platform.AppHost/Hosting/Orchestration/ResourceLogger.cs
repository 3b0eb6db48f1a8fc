using Microsoft.Extensions.Logging;

namespace Platform.AppHost.Hosting.Orchestration;

/// <summary>An <see cref="ILogger"/> that writes a resource's messages through the prefixed log writer.</summary>
internal sealed class ResourceLogger(string resourceName, ResourceLogWriter writer) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var message = formatter(state, exception);
        writer.Write(resourceName, logLevel >= LogLevel.Warning ? $"{logLevel}: {message}" : message);
        if (exception is not null)
        {
            writer.Write(resourceName, exception.ToString());
        }
    }
}
