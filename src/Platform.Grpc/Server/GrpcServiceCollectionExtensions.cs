using Grpc.AspNetCore.Server;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Grpc.Server;

namespace Microsoft.Extensions.DependencyInjection;

public static class GrpcServiceCollectionExtensions
{
    /// <summary>Adds the gRPC server. Safe to call more than once; each call adds its configuration.</summary>
    public static IGrpcServerBuilder AddGrpc(this IServiceCollection services, Action<GrpcServiceOptions>? configureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRouting();
        services.AddOptions<GrpcServiceOptions>();
        services.TryAddSingleton<GrpcServiceRegistry>();
        if (configureOptions is not null) services.Configure(configureOptions);
        return new GrpcServerBuilder(services);
    }
}
