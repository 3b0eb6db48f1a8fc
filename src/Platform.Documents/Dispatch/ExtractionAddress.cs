using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Configuration;

namespace Platform.Documents.Dispatch;

/// <summary>
/// Where the dispatcher sends <c>ExtractDocument</c>. By default service discovery's "grpc" endpoint of the "extraction"
/// resource (<c>services:extraction:grpc:0</c>), one address. <c>Platform:Extraction:Address=dns:///host:port</c> instead
/// spreads the calls over every address DNS gives for the host, in turn (gRPC's round-robin balancer, re-resolved every
/// <see cref="DnsRefreshInterval"/> and whenever a connection fails): the replicas behind a Docker network alias or a
/// Kubernetes headless Service. One HTTP/2 connection to a single address would send every call to one replica.
/// </summary>
internal sealed record ExtractionAddress(Uri Address)
{
    public const string ConfigurationKey = "Platform:Extraction:Address";

    public static readonly TimeSpan DnsRefreshInterval = TimeSpan.FromSeconds(15);

    private bool Balanced => Address.Scheme == "dns";

    public static ExtractionAddress From(IConfiguration configuration)
    {
        var configured = configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return new(new Uri("http://_grpc.extraction"));
        }
        if (!Uri.TryCreate(configured, UriKind.Absolute, out var address) || address.Scheme is not ("dns" or "http"))
        {
            throw new InvalidOperationException(
                $"{ConfigurationKey} must be dns:///<host>:<port> (every replica DNS lists) or http://<host>:<port>; it is \"{configured}\".");
        }
        return new(address);
    }

    public void Configure(GrpcChannelOptions channel)
    {
        if (Balanced)
        {
            // A dns: address carries no scheme to tell plaintext from TLS; between the services the channel is plaintext.
            channel.Credentials = ChannelCredentials.Insecure;
            channel.ServiceConfig = new ServiceConfig { LoadBalancingConfigs = { new RoundRobinConfig() } };
            // The balancer opens a connection per address itself, so it needs the bare SocketsHttpHandler, not the client
            // factory's pipeline (service discovery and resilience handlers) around it. Tracing stays: the handler emits it.
            channel.HttpHandler = new SocketsHttpHandler
            {
                EnableMultipleHttp2Connections = true,
                KeepAlivePingDelay = TimeSpan.FromSeconds(30),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(10),
            };
        }
    }
}
