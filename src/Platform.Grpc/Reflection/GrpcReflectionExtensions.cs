using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Grpc.Reflection;

namespace Microsoft.Extensions.DependencyInjection;

public static class GrpcReflectionServiceExtensions
{
    /// <summary>Adds server reflection (v1 and v1alpha) over the descriptors of every mapped service.</summary>
    public static IServiceCollection AddGrpcReflection(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddGrpc();
        services.TryAddSingleton<ReflectionIndex>();
        services.TryAddSingleton<ReflectionRequestHandler>();
        return services;
    }
}
