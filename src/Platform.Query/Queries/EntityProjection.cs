using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Query.V1;
using Platform.Storage;
using Platform.Storage.Entities;

namespace Platform.Query.Queries;

/// <summary>Turns stored entities into API entities, loading their aliases in one round trip.</summary>
internal sealed class EntityProjection(PlatformDbContext db)
{
    public async Task<IReadOnlyDictionary<string, Entity>> ToApiAsync(
        IReadOnlyCollection<KnowledgeEntity> entities, CancellationToken cancellationToken)
    {
        var ids = entities.Select(e => e.Id).Distinct().ToList();
        var aliases = await db.EntityAliases.AsNoTracking()
            .Where(a => ids.Contains(a.EntityId))
            .OrderBy(a => a.EntityId).ThenBy(a => a.Alias)
            .Select(a => new { a.EntityId, a.Alias })
            .ToListAsync(cancellationToken);
        var aliasesById = aliases.ToLookup(a => a.EntityId, a => a.Alias);

        var result = new Dictionary<string, Entity>(ids.Count);
        foreach (var entity in entities)
        {
            result[entity.Id] = MapToApi(entity, aliasesById[entity.Id]);
        }
        return result;
    }

    /// <summary>An entity from a row of <see cref="ReadStatements"/>' entity columns.</summary>
    public static Entity Read(NpgsqlDataReader row) => Read(row, row.GetFieldValue<string[]>(8));

    /// <summary>An entity from the first eight of <see cref="ReadStatements"/>' entity columns and its aliases.</summary>
    public static Entity Read(NpgsqlDataReader row, IEnumerable<string> aliases) => MapToApi(new KnowledgeEntity
    {
        Id = row.GetString(0),
        Name = row.GetString(1),
        Type = (EntityKind)row.GetInt32(2),
        MentionCount = row.GetInt32(3),
        DocumentCount = row.GetInt32(4),
        Description = row.IsDBNull(5) ? null : row.GetString(5),
        WikidataId = row.IsDBNull(6) ? null : row.GetString(6),
        NameZh = row.IsDBNull(7) ? null : row.GetString(7),
    }, aliases);

    private static Entity MapToApi(KnowledgeEntity entity, IEnumerable<string> aliases)
    {
        var api = new Entity
        {
            EntityId = entity.Id,
            Name = entity.Name,
            Type = MapToApi(entity.Type),
            MentionCount = entity.MentionCount,
            DocumentCount = entity.DocumentCount,
            Description = entity.Description ?? "",
            WikidataId = entity.WikidataId ?? "",
            NameZh = entity.NameZh ?? "",
        };
        api.Aliases.AddRange(aliases.Distinct(StringComparer.Ordinal));
        return api;
    }

    public static EntityType MapToApi(EntityKind kind) => kind switch
    {
        EntityKind.Person => EntityType.Person,
        EntityKind.Organization => EntityType.Organization,
        EntityKind.Product => EntityType.Product,
        EntityKind.Location => EntityType.Location,
        EntityKind.Event => EntityType.Event,
        EntityKind.Work => EntityType.Work,
        EntityKind.Concept => EntityType.Concept,
        _ => EntityType.Unspecified,
    };

    public static EntityKind? MapToStorage(EntityType type) => type switch
    {
        EntityType.Person => EntityKind.Person,
        EntityType.Organization => EntityKind.Organization,
        EntityType.Product => EntityKind.Product,
        EntityType.Location => EntityKind.Location,
        EntityType.Event => EntityKind.Event,
        EntityType.Work => EntityKind.Work,
        EntityType.Concept => EntityKind.Concept,
        _ => null,
    };
}
