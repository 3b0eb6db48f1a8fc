using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Whether this service requires API keys: as configured (<see cref="AccessOptions.RequireApiKeys"/>), else as soon as
/// it listens on an address that is not loopback. Decided once, from the addresses the server bound (they are bound
/// before the first request is accepted).
/// </summary>
public sealed class ApiKeyGate(IServer server, IOptions<AccessOptions> options)
{
    private readonly Lazy<(bool Required, string Why)> _decision = new(() => Decide(server, options.Value));

    public bool Required => _decision.Value.Required;

    /// <summary>A sentence for the start-up log: required or not, and why.</summary>
    public string Why => _decision.Value.Why;

    private static (bool, string) Decide(IServer server, AccessOptions options)
    {
        if (options.RequireApiKeys is { } configured)
        {
            return (configured, $"{AccessOptions.SectionName}:RequireApiKeys is {configured.ToString().ToLowerInvariant()}");
        }
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        var exposed = addresses.Where(a => !IsLoopback(a)).ToList();
        return exposed.Count > 0
            ? (true, $"it listens beyond loopback ({string.Join(", ", exposed)})")
            : (false, $"it listens on loopback only ({string.Join(", ", addresses)})");
    }

    private static bool IsLoopback(string address)
    {
        if (!Uri.TryCreate(address.Replace("://+", "://0.0.0.0").Replace("://*", "://0.0.0.0"), UriKind.Absolute, out var uri))
        {
            return false;
        }
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
