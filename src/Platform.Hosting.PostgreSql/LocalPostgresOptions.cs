using Microsoft.Extensions.Logging;

namespace Platform.Hosting.PostgreSql;

/// <summary>How to run a <see cref="LocalPostgresServer"/>.</summary>
public sealed record LocalPostgresOptions
{
    /// <summary>The cluster's data directory; initialised with initdb when it holds no cluster yet.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>
    /// Directory for the unix socket, or null for no socket (then <see cref="Port"/> must be set).
    /// Keep it short: a socket path is limited to 107 bytes.
    /// </summary>
    public string? SocketDirectory { get; init; }

    /// <summary>TCP port on 127.0.0.1; 0 picks a free one; null listens on the unix socket only.</summary>
    public int? Port { get; init; }

    /// <summary>Trades durability for speed (fsync off, no full-page writes): for throwaway test clusters.</summary>
    public bool Fast { get; init; }

    /// <summary>Directory holding initdb and postgres; found on PATH or under /usr/lib/postgresql when null.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>Extra server settings, passed as <c>-c name=value</c>.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Receives the server's log lines (at Debug) and lifecycle events.</summary>
    public ILogger? Logger { get; init; }

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
