using Microsoft.AspNetCore.Http;
using Platform.Grpc.Server;

namespace Grpc.Core;

public static class ServerCallContextExtensions
{
    /// <summary>The HttpContext behind a call served by this runtime.</summary>
    public static HttpContext GetHttpContext(this ServerCallContext serverCallContext) =>
        serverCallContext is HttpServerCallContext call
            ? call.HttpContext
            : throw new InvalidOperationException("This ServerCallContext is not backed by an HTTP request.");
}
