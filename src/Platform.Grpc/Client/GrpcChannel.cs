using System.Net;
using Grpc.Core;
using Platform.Grpc.Client;

namespace Grpc.Net.Client;

/// <summary>
/// A channel to one server address over HttpClient. <c>http://</c> uses HTTP/2 with prior knowledge (h2c),
/// <c>https://</c> negotiates HTTP/2 with ALPN. Cheap to keep; create one per address and reuse it.
/// </summary>
public sealed class GrpcChannel : ChannelBase, IDisposable
{
    private readonly bool disposeHttpClient;

    private GrpcChannel(Uri address, GrpcChannelOptions options) : base(address.Authority)
    {
        if (address.Scheme is not ("http" or "https"))
            throw new ArgumentException($"Address '{address}' must start with http:// or https://.", nameof(address));
        Address = address;
        MaxReceiveMessageSize = options.MaxReceiveMessageSize;
        MaxSendMessageSize = options.MaxSendMessageSize;
        HttpInvoker = options.HttpClient ?? new HttpClient(options.HttpHandler ?? CreateDefaultHandler(), disposeHandler: true)
        {
            Timeout = Timeout.InfiniteTimeSpan,
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        disposeHttpClient = options.DisposeHttpClient;
    }

    public Uri Address { get; }

    internal HttpClient HttpInvoker { get; }

    internal int? MaxReceiveMessageSize { get; }

    internal int? MaxSendMessageSize { get; }

    public static GrpcChannel ForAddress(string address) => ForAddress(new Uri(address), new GrpcChannelOptions());

    public static GrpcChannel ForAddress(string address, GrpcChannelOptions channelOptions) => ForAddress(new Uri(address), channelOptions);

    public static GrpcChannel ForAddress(Uri address) => ForAddress(address, new GrpcChannelOptions());

    public static GrpcChannel ForAddress(Uri address, GrpcChannelOptions channelOptions)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(channelOptions);
        return new GrpcChannel(address, channelOptions);
    }

    /// <summary>The handler a channel uses when none is given: pooled, several HTTP/2 connections when streams run out, keep-alive pings.</summary>
    public static SocketsHttpHandler CreateDefaultHandler() => new()
    {
        EnableMultipleHttp2Connections = true,
        PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
        KeepAlivePingDelay = TimeSpan.FromSeconds(60),
        KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
        ConnectTimeout = TimeSpan.FromSeconds(10),
    };

    public override CallInvoker CreateCallInvoker() => new HttpCallInvoker(this);

    public void Dispose()
    {
        if (disposeHttpClient) HttpInvoker.Dispose();
    }
}
