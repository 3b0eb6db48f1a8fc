using Platform.Query.Search;

namespace Platform.Query.Queries;

internal static class QueryServiceCollectionExtensions
{
    public static IServiceCollection AddQueries(this IServiceCollection services)
    {
        services.AddScoped<EntityProjection>();
        services.AddScoped<EntityLookup>();
        services.AddSingleton<AliasIndexSource>();
        services.AddSingleton<EntitySearch>();
        services.AddScoped<MentionQueries>();
        services.AddScoped<DocumentEntitiesQuery>();
        services.AddScoped<RelatedEntitiesQuery>();
        services.AddScoped<EntityTimelineQuery>();
        services.AddScoped<PathQuery>();
        services.AddScoped<EdgeEvidenceQuery>();
        services.AddScoped<NeighbourhoodQuery>();
        return services;
    }
}
