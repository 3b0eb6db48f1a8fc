using Microsoft.AspNetCore.Routing;
using Platform.Grpc.Reflection;

namespace Microsoft.AspNetCore.Builder;

public static class GrpcReflectionEndpointRouteBuilderExtensions
{
    /// <summary>Maps grpc.reflection.v1.ServerReflection and grpc.reflection.v1alpha.ServerReflection.</summary>
    public static IEndpointConventionBuilder MapGrpcReflectionService(this IEndpointRouteBuilder builder)
    {
        var v1 = builder.MapGrpcService<ReflectionV1Service>();
        var v1Alpha = builder.MapGrpcService<ReflectionV1AlphaService>();
        return new CompositeConventionBuilder([v1, v1Alpha]);
    }

    private sealed class CompositeConventionBuilder(IReadOnlyList<IEndpointConventionBuilder> builders) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (var builder in builders) builder.Add(convention);
        }
    }
}
