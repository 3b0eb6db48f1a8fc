using Grpc.Core;

namespace Platform.Cli.Infrastructure;

/// <summary>A failed call, with the endpoint it went to so the report can name the address.</summary>
internal sealed class ServiceCallException(ServiceEndpoint endpoint, RpcException rpcException)
    : Exception(rpcException.Status.Detail, rpcException)
{
    public ServiceEndpoint Endpoint { get; } = endpoint;
    public StatusCode StatusCode => rpcException.StatusCode;
    public string Detail => rpcException.Status.Detail;
}
