using Grpc.Core;
using Grpc.Net.Client;

namespace Platform.Grpc.Client;

/// <summary>Starts each call as one HTTP/2 request on the channel's HttpClient.</summary>
internal sealed class HttpCallInvoker(GrpcChannel channel) : CallInvoker
{
    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        AsyncUnaryCall(method, host, options, request).ResponseAsync.GetAwaiter().GetResult();

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        var call = new HttpClientCall<TRequest, TResponse>(channel, method, options, host);
        call.StartWithMessage(request);
        return new AsyncUnaryCall<TResponse>(call.ReadSingleResponseAsync(), call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers, call.Dispose);
    }

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        var call = new HttpClientCall<TRequest, TResponse>(channel, method, options, host);
        call.StartWithMessage(request);
        return new AsyncServerStreamingCall<TResponse>(call, call.ResponseHeadersAsync, call.GetStatus, call.GetTrailers, call.Dispose);
    }

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options)
    {
        var call = new HttpClientCall<TRequest, TResponse>(channel, method, options, host);
        var requestStream = call.StartWithStream();
        return new AsyncClientStreamingCall<TRequest, TResponse>(requestStream, call.ReadSingleResponseAsync(), call.ResponseHeadersAsync,
            call.GetStatus, call.GetTrailers, call.Dispose);
    }

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options)
    {
        var call = new HttpClientCall<TRequest, TResponse>(channel, method, options, host);
        var requestStream = call.StartWithStream();
        return new AsyncDuplexStreamingCall<TRequest, TResponse>(requestStream, call, call.ResponseHeadersAsync,
            call.GetStatus, call.GetTrailers, call.Dispose);
    }
}
