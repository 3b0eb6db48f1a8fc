namespace Platform.Query.Watching;

internal static class WatchServiceCollectionExtensions
{
    public static IServiceCollection AddEntityWatches(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WatchOptions>(configuration.GetSection(WatchOptions.Section));
        services.AddSingleton<EntityWatchHub>();
        services.AddHostedService(provider => provider.GetRequiredService<EntityWatchHub>());
        return services;
    }
}
