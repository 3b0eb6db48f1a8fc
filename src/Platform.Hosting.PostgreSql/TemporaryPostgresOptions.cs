using Microsoft.Extensions.Logging;

namespace Platform.Hosting.PostgreSql;

/// <summary>How to run a throwaway cluster (<see cref="LocalPostgresServer.StartTemporaryAsync"/>).</summary>
public sealed record TemporaryPostgresOptions
{
    /// <summary>Durability off (fsync, full-page writes): the cluster is deleted afterwards anyway.</summary>
    public bool Fast { get; init; } = true;

    /// <summary>Also listen on a free TCP port on 127.0.0.1 (the unix socket is always on).</summary>
    public bool UseTcp { get; init; }

    public string? BinDirectory { get; init; }

    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public ILogger? Logger { get; init; }
}
