namespace Grpc.AspNetCore.Server;

/// <summary>Server-wide gRPC settings (same names as grpc-dotnet).</summary>
public class GrpcServiceOptions
{
    /// <summary>Largest request message accepted; null means no limit. Default 4 MB.</summary>
    public int? MaxReceiveMessageSize { get; set; } = Platform.Grpc.Protocol.GrpcProtocol.DefaultMaxReceiveMessageSize;

    /// <summary>Largest response message sent; null (the default) means no limit.</summary>
    public int? MaxSendMessageSize { get; set; }

    /// <summary>When true, unexpected exceptions' messages are sent to clients in the status detail.</summary>
    public bool? EnableDetailedErrors { get; set; }
}
