using System.Reflection;
using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Answers a request that does not decode — a string that is not valid UTF-8, a truncated message — with
/// INVALID_ARGUMENT and what is wrong, where grpc-dotnet would answer UNKNOWN ("Exception was thrown by handler"):
/// it binds every gRPC service itself, as grpc-dotnet's own binder does, but with request marshallers that turn
/// Google.Protobuf's decoding error into that status. grpc-dotnet has no setting for the status of a decoding error,
/// and the request is decoded before any interceptor runs, hence this binder.
/// </summary>
internal static class StrictRequestDecoding
{
    public static void Use(IServiceCollection services)
    {
        // grpc-dotnet's own binder only; JSON transcoding's provider (HTTP routes) stays.
        var binder = services.Single(d => d.ServiceType == typeof(IServiceMethodProvider<>) && d.ImplementationType?.Name == "BinderServiceMethodProvider`1");
        services.Remove(binder);
        services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IServiceMethodProvider<>), typeof(StrictDecodingMethodProvider<>)));
    }

    public static Method<TRequest, TResponse> Strict<TRequest, TResponse>(Method<TRequest, TResponse> method)
        where TRequest : class where TResponse : class =>
        new(method.Type, method.ServiceName, method.Name,
            Marshallers.Create(method.RequestMarshaller.ContextualSerializer, context =>
            {
                try
                {
                    return method.RequestMarshaller.ContextualDeserializer(context);
                }
                catch (InvalidProtocolBufferException ex)
                {
                    throw new RpcException(new Status(StatusCode.InvalidArgument,
                        $"The request is not a valid {typeof(TRequest).Name}: {ex.Message} Strings must be UTF-8; build requests with a protobuf library."));
                }
            }),
            method.ResponseMarshaller);
}

internal sealed class StrictDecodingMethodProvider<TService> : IServiceMethodProvider<TService> where TService : class
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<TService> context)
    {
        var attribute = typeof(TService).GetCustomAttribute<BindServiceMethodAttribute>(inherit: true);
        var bind = attribute?.BindType.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .SingleOrDefault(m => m.Name == attribute.BindMethodName && m.GetParameters() is [{ ParameterType: var binder }, _] && binder == typeof(ServiceBinderBase));
        bind?.Invoke(null, [new Binder(context), null]);
    }

    /// <summary>Receives each method from the generated BindService and adds it with a strict request marshaller.</summary>
    private sealed class Binder(ServiceMethodProviderContext<TService> context) : ServiceBinderBase
    {
        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler) =>
            context.AddUnaryMethod(StrictRequestDecoding.Strict(method), Metadata(method.Name, out var info),
                info.CreateDelegate<UnaryServerMethod<TService, TRequest, TResponse>>());

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler) =>
            context.AddClientStreamingMethod(StrictRequestDecoding.Strict(method), Metadata(method.Name, out var info),
                info.CreateDelegate<ClientStreamingServerMethod<TService, TRequest, TResponse>>());

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler) =>
            context.AddServerStreamingMethod(StrictRequestDecoding.Strict(method), Metadata(method.Name, out var info),
                info.CreateDelegate<ServerStreamingServerMethod<TService, TRequest, TResponse>>());

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler) =>
            context.AddDuplexStreamingMethod(StrictRequestDecoding.Strict(method), Metadata(method.Name, out var info),
                info.CreateDelegate<DuplexStreamingServerMethod<TService, TRequest, TResponse>>());

        // As grpc-dotnet's binder: the service's and the method's attributes (authorization, CORS, ...), POST only.
        private static List<object> Metadata(string name, out MethodInfo info)
        {
            info = typeof(TService).GetMethods(BindingFlags.Public | BindingFlags.Instance).Single(m => m.Name == name && m.IsVirtual);
            return [.. typeof(TService).GetCustomAttributes(inherit: true), .. info.GetCustomAttributes(inherit: true), new HttpMethodMetadata(["POST"], acceptCorsPreflight: true)];
        }
    }
}
