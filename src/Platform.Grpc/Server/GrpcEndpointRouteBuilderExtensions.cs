using System.Reflection;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Grpc.Protocol;
using Platform.Grpc.Server;

namespace Microsoft.AspNetCore.Builder;

public static class GrpcEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps every method of <typeparamref name="TService"/> (a class deriving from a generated <c>XBase</c>) to
    /// <c>/{package.Service}/{Method}</c>. A new instance serves each call. Needs an HTTP/2 endpoint.
    /// </summary>
    public static GrpcServiceEndpointConventionBuilder MapGrpcService<TService>(this IEndpointRouteBuilder builder)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.ServiceProvider;
        var registry = services.GetService<GrpcServiceRegistry>()
            ?? throw new InvalidOperationException("Call services.AddGrpc() before mapping gRPC services.");
        var options = services.GetRequiredService<IOptions<GrpcServiceOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.Grpc.Server.GrpcCallHandler");
        var handler = new GrpcCallHandler(options, logger);

        var (bindType, bindMethod) = FindBindMethod(typeof(TService));
        var binder = new ServiceMethodBinder<TService>(builder, options, handler);
        bindMethod.Invoke(null, [binder, null]);
        registry.Add(binder.ServiceName ?? throw new InvalidOperationException($"{typeof(TService)} has no gRPC methods."),
            typeof(TService), bindType);

        if (!registry.UnimplementedRoutesMapped)
        {
            registry.UnimplementedRoutesMapped = true;
            MapUnimplemented(builder, handler);
        }
        return new GrpcServiceEndpointConventionBuilder(binder.Endpoints);
    }

    private static (Type BindType, MethodInfo BindMethod) FindBindMethod(Type serviceType)
    {
        var attribute = serviceType.GetCustomAttribute<BindServiceMethodAttribute>(inherit: true)
            ?? throw new InvalidOperationException($"{serviceType} does not derive from a generated gRPC service base (no [BindServiceMethod]).");
        var method = attribute.BindType
            .GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .SingleOrDefault(m => m.Name == attribute.BindMethodName
                && m.GetParameters() is { Length: 2 } parameters
                && parameters[0].ParameterType == typeof(ServiceBinderBase))
            ?? throw new InvalidOperationException($"{attribute.BindType}.{attribute.BindMethodName}(ServiceBinderBase, …) was not found.");
        return (attribute.BindType, method);
    }

    /// <summary>gRPC requests to unknown services or methods get UNIMPLEMENTED (HTTP 200), other requests 404.</summary>
    private static void MapUnimplemented(IEndpointRouteBuilder builder, GrpcCallHandler handler)
    {
        RequestDelegate unimplemented = http =>
        {
            if (!GrpcProtocol.IsGrpcContentType(http.Request.ContentType))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }
            var service = (string?)http.Request.RouteValues["unimplementedService"];
            var method = new UnknownMethod(service ?? "", (string?)http.Request.RouteValues["unimplementedMethod"] ?? "");
            var registry = http.RequestServices.GetRequiredService<GrpcServiceRegistry>();
            var detail = registry.Services.Any(s => s.Name == service) ? "Method is unimplemented." : "Service is unimplemented.";
            return handler.HandleAsync(http, method, _ => throw new RpcException(new Status(StatusCode.Unimplemented, detail)));
        };
        builder.MapPost("{unimplementedService}/{unimplementedMethod}", unimplemented)
            .WithDisplayName("gRPC - Unimplemented")
            .Add(endpoint => ((RouteEndpointBuilder)endpoint).Order = int.MaxValue);
    }

    private sealed record UnknownMethod(string ServiceName, string Name) : IMethod
    {
        public MethodType Type => MethodType.Unary;

        public string FullName => "/" + ServiceName + "/" + Name;
    }
}
