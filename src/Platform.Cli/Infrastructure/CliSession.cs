using System.CommandLine;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.Access.V1;
using Platform.Curation.V1;
using Platform.Documents.V1;
using Platform.Extraction.V1;
using Platform.Query.V1;

namespace Platform.Cli.Infrastructure;

/// <summary>One invocation: the parsed global options and lazily opened service channels.</summary>
internal sealed class CliSession : IDisposable
{
    private const int MaxMessageBytes = 8 * 1024 * 1024;
    private readonly Dictionary<PlatformService, GrpcChannel> _channels = [];
    private readonly Dictionary<PlatformService, ServiceEndpoint> _endpoints;
    private readonly string? _apiKey;

    public CliSession(ParseResult parseResult, GlobalOptions options, CliConsole console, Func<string, string?> environment)
    {
        Console = console;
        Json = parseResult.GetValue(options.Json);
        _apiKey = parseResult.GetValue(options.ApiKey) ?? environment(GlobalOptions.ApiKeyEnvironmentVariable);
        _endpoints = Enum.GetValues<PlatformService>().ToDictionary(
            service => service,
            service => ServiceAddresses.Resolve(service, parseResult.GetValue(options.AddressOf(service)), environment));
    }

    public CliConsole Console { get; }

    /// <summary>True when output should be JSON for machines rather than tables for people.</summary>
    public bool Json { get; }

    public ServiceEndpoint Endpoint(PlatformService service) => _endpoints[service];

    public ServiceClient<DocumentService.DocumentServiceClient> Documents =>
        Client(PlatformService.Documents, channel => new DocumentService.DocumentServiceClient(channel));

    /// <summary>Corrections are served by the document service.</summary>
    public ServiceClient<CurationService.CurationServiceClient> Curation =>
        Client(PlatformService.Documents, channel => new CurationService.CurationServiceClient(channel));

    /// <summary>API keys are managed by the document service.</summary>
    public ServiceClient<AccessService.AccessServiceClient> Access =>
        Client(PlatformService.Documents, channel => new AccessService.AccessServiceClient(channel));

    public ServiceClient<ExtractionService.ExtractionServiceClient> Extraction =>
        Client(PlatformService.Extraction, channel => new ExtractionService.ExtractionServiceClient(channel));

    public ServiceClient<QueryService.QueryServiceClient> Query =>
        Client(PlatformService.Query, channel => new QueryService.QueryServiceClient(channel));

    private ServiceClient<TClient> Client<TClient>(PlatformService service, Func<GrpcChannel, TClient> create)
    {
        if (!_channels.TryGetValue(service, out var channel))
        {
            // The services' documented message limit (8 MB each way); gRPC clients accept 4 MB by default.
            channel = GrpcChannel.ForAddress(_endpoints[service].Address, new GrpcChannelOptions
            {
                MaxReceiveMessageSize = MaxMessageBytes,
                MaxSendMessageSize = MaxMessageBytes,
                Credentials = ApiKeyCredentials(_endpoints[service].Address),
                // The key travels as a header on plaintext too: the services listen on loopback unless deployed behind TLS.
                UnsafeUseInsecureChannelCallCredentials = true,
            });
            _channels[service] = channel;
        }
        return new ServiceClient<TClient>(_endpoints[service], create(channel));
    }

    /// <summary>The key as <c>authorization: Bearer …</c> on every call; no credentials without a key (the address decides TLS).</summary>
    private ChannelCredentials? ApiKeyCredentials(Uri address) => string.IsNullOrWhiteSpace(_apiKey)
        ? null
        : ChannelCredentials.Create(
            address.Scheme == Uri.UriSchemeHttps ? ChannelCredentials.SecureSsl : ChannelCredentials.Insecure,
            CallCredentials.FromInterceptor((_, metadata) =>
        {
            metadata.Add("authorization", $"Bearer {_apiKey.Trim()}");
            return Task.CompletedTask;
        }));

    public void Dispose()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }
    }
}
