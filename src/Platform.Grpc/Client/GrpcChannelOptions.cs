namespace Grpc.Net.Client;

public sealed class GrpcChannelOptions
{
    /// <summary>Largest response message accepted; null means no limit. Default 4 MB.</summary>
    public int? MaxReceiveMessageSize { get; set; } = Platform.Grpc.Protocol.GrpcProtocol.DefaultMaxReceiveMessageSize;

    /// <summary>Largest request message sent; null (the default) means no limit.</summary>
    public int? MaxSendMessageSize { get; set; }

    /// <summary>Handler for a channel-owned HttpClient. Ignored when <see cref="HttpClient"/> is set.</summary>
    public HttpMessageHandler? HttpHandler { get; set; }

    /// <summary>An existing client; the channel sets HTTP/2 on every request itself.</summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>Whether disposing the channel disposes <see cref="HttpClient"/> or <see cref="HttpHandler"/>. Default true.</summary>
    public bool DisposeHttpClient { get; set; } = true;
}
