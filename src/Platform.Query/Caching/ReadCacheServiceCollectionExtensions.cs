namespace Platform.Query.Caching;

internal static class ReadCacheServiceCollectionExtensions
{
    public static IServiceCollection AddReadCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReadCacheOptions>(configuration.GetSection(ReadCacheOptions.Section));
        services.AddSingleton<ReadCache>();
        services.AddHostedService<GraphChangeListener>();
        return services;
    }
}
