using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Grpc.Protocol;

namespace Platform.Grpc.Server;

/// <summary>
/// Receives the methods of a generated service (BindService is called with a null implementation) and maps one
/// POST endpoint per method; each call resolves a fresh <typeparamref name="TService"/>.
/// </summary>
internal sealed class ServiceMethodBinder<TService>(IEndpointRouteBuilder endpoints, GrpcServiceOptions options, GrpcCallHandler handler)
    : ServiceBinderBase where TService : class
{
    public List<IEndpointConventionBuilder> Endpoints { get; } = [];

    public string? ServiceName { get; private set; }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? ignored)
    {
        var invoke = ServiceMethodLookup.Bind<TService, Func<TService, TRequest, ServerCallContext, Task<TResponse>>>(
            method.Name, typeof(TRequest), typeof(ServerCallContext));
        Map(method, async call =>
        {
            var request = await ReadSingleRequestAsync(call, method).ConfigureAwait(false);
            var response = await WithServiceAsync(call, service => invoke(service, request, call)).ConfigureAwait(false);
            await call.WriteMessageAsync(method.ResponseMarshaller, response, flush: false).ConfigureAwait(false);
        });
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? ignored)
    {
        var invoke = ServiceMethodLookup.Bind<TService, Func<TService, IAsyncStreamReader<TRequest>, ServerCallContext, Task<TResponse>>>(
            method.Name, typeof(IAsyncStreamReader<TRequest>), typeof(ServerCallContext));
        Map(method, async call =>
        {
            var requests = new HttpRequestStreamReader<TRequest>(call, method.RequestMarshaller, options.MaxReceiveMessageSize);
            var response = await WithServiceAsync(call, service => invoke(service, requests, call)).ConfigureAwait(false);
            await call.WriteMessageAsync(method.ResponseMarshaller, response, flush: false).ConfigureAwait(false);
        });
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? ignored)
    {
        var invoke = ServiceMethodLookup.Bind<TService, Func<TService, TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task>>(
            method.Name, typeof(TRequest), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext));
        Map(method, async call =>
        {
            var request = await ReadSingleRequestAsync(call, method).ConfigureAwait(false);
            var responses = new HttpResponseStreamWriter<TResponse>(call, method.ResponseMarshaller);
            await WithServiceAsync(call, async service => { await invoke(service, request, responses, call).ConfigureAwait(false); return true; })
                .ConfigureAwait(false);
        });
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? ignored)
    {
        var invoke = ServiceMethodLookup.Bind<TService, Func<TService, IAsyncStreamReader<TRequest>, IServerStreamWriter<TResponse>, ServerCallContext, Task>>(
            method.Name, typeof(IAsyncStreamReader<TRequest>), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext));
        Map(method, async call =>
        {
            var requests = new HttpRequestStreamReader<TRequest>(call, method.RequestMarshaller, options.MaxReceiveMessageSize);
            var responses = new HttpResponseStreamWriter<TResponse>(call, method.ResponseMarshaller);
            await WithServiceAsync(call, async service => { await invoke(service, requests, responses, call).ConfigureAwait(false); return true; })
                .ConfigureAwait(false);
        });
    }

    private void Map(IMethod method, Func<HttpServerCallContext, Task> callBody)
    {
        ServiceName ??= method.ServiceName;
        RequestDelegate requestDelegate = http => handler.HandleAsync(http, method, callBody);
        var endpoint = endpoints.MapPost(method.FullName, requestDelegate)
            .WithDisplayName($"gRPC - {method.FullName}")
            .WithMetadata(method);
        Endpoints.Add(endpoint);
    }

    private static async Task<TResult> WithServiceAsync<TResult>(HttpServerCallContext call, Func<TService, Task<TResult>> invoke)
    {
        var (service, created) = ServiceActivator<TService>.Create(call.HttpContext.RequestServices);
        try
        {
            var result = await invoke(service).ConfigureAwait(false);
            return result ?? throw new InvalidOperationException("No message returned from method.");
        }
        finally
        {
            await ServiceActivator<TService>.ReleaseAsync(service, created).ConfigureAwait(false);
        }
    }

    private async Task<TRequest> ReadSingleRequestAsync<TRequest, TResponse>(HttpServerCallContext call, Method<TRequest, TResponse> method)
    {
        var reader = call.HttpContext.Request.BodyReader;
        var deserializer = method.RequestMarshaller.ContextualDeserializer;
        var (hasMessage, request) = await MessageFraming.ReadAsync(reader, deserializer, options.MaxReceiveMessageSize, call.CancellationToken)
            .ConfigureAwait(false);
        if (!hasMessage) throw new RpcException(new Status(StatusCode.Internal, "Request did not include a message."));
        var (hasSecond, _) = await MessageFraming.ReadAsync(reader, deserializer, options.MaxReceiveMessageSize, call.CancellationToken)
            .ConfigureAwait(false);
        if (hasSecond) throw new RpcException(new Status(StatusCode.Internal, "Unary request included more than one message."));
        return request;
    }
}
