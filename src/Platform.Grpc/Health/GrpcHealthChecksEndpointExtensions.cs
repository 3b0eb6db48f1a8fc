using Microsoft.AspNetCore.Routing;
using Platform.Grpc.Health;

namespace Microsoft.AspNetCore.Builder;

public static class GrpcHealthChecksEndpointRouteBuilderExtensions
{
    public static GrpcServiceEndpointConventionBuilder MapGrpcHealthChecksService(this IEndpointRouteBuilder builder) =>
        builder.MapGrpcService<HealthCheckGrpcService>();
}
