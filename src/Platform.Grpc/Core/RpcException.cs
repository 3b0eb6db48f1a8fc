namespace Grpc.Core;

/// <summary>Thrown by a service to end a call with a status, and raised by clients when a call fails.</summary>
public class RpcException : Exception
{
    public RpcException(Status status) : this(status, Metadata.Empty, status.ToString()) { }

    public RpcException(Status status, string message) : this(status, Metadata.Empty, message) { }

    public RpcException(Status status, Metadata trailers) : this(status, trailers, status.ToString()) { }

    public RpcException(Status status, Metadata trailers, string message) : base(message, status.DebugException)
    {
        Status = status;
        Trailers = trailers ?? Metadata.Empty;
    }

    public Status Status { get; }

    public StatusCode StatusCode => Status.StatusCode;

    public Metadata Trailers { get; }
}
