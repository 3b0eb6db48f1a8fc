using Platform.Query.V1;
using Platform.Storage;

namespace Platform.Query.Queries;

/// <summary>Finds one entity by id or by any of its names.</summary>
internal sealed class EntityLookup(PlatformDbContext db)
{
    public Task<Entity?> FindByIdAsync(string entityId, CancellationToken cancellationToken) =>
        ReadEntityAsync(ReadStatements.EntityById, entityId, cancellationToken);

    /// <summary>
    /// Matches a name's <see cref="NameKey"/> against every alias in every language, so case and full-/half-width do
    /// not matter. When two entities share the alias, the more mentioned one wins. Entities no longer mentioned
    /// anywhere (all their documents deleted) are not found by name.
    /// </summary>
    public Task<Entity?> FindByNameKeyAsync(string key, CancellationToken cancellationToken) =>
        ReadEntityAsync(ReadStatements.EntityByName, key, cancellationToken);

    private Task<Entity?> ReadEntityAsync(string sql, string key, CancellationToken cancellationToken) =>
        db.QueryAsync(sql, async reader => await reader.ReadAsync(cancellationToken) ? EntityProjection.Read(reader) : null,
            cancellationToken, key);
}
