using Microsoft.Extensions.Logging;

namespace Platform.Hosting.PostgreSql;

/// <summary>Forwards the server's output to a logger and keeps the last lines for error messages.</summary>
internal sealed class ServerLog(ILogger? logger)
{
    private const int TailLines = 40;
    private readonly Queue<string> _tail = new();

    public void ServerLine(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > TailLines)
            {
                _tail.Dequeue();
            }
        }
        logger?.LogDebug("postgres: {Line}", line);
    }

    public void Info(string message) => logger?.LogInformation("{Message}", message);

    public void Warning(string message) => logger?.LogWarning("{Message}", message);

    public string Tail()
    {
        lock (_tail)
        {
            return string.Join('\n', _tail);
        }
    }
}
