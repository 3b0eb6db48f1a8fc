using Grpc.AspNetCore.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Grpc.Health;

namespace Microsoft.Extensions.DependencyInjection;

public static class GrpcHealthChecksServiceExtensions
{
    /// <summary>Adds ASP.NET Core health checks and serves them as grpc.health.v1.Health (map it with MapGrpcHealthChecksService).</summary>
    public static IHealthChecksBuilder AddGrpcHealthChecks(this IServiceCollection services, Action<GrpcHealthChecksOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddGrpc();
        services.AddOptions<GrpcHealthChecksOptions>();
        if (configure is not null) services.Configure(configure);
        services.TryAddSingleton<HealthStatusEvaluator>();
        return services.AddHealthChecks();
    }
}
