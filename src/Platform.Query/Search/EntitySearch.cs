using Platform.Query.Queries;
using Platform.Query.V1;
using Platform.Storage;

namespace Platform.Query.Search;

/// <summary>
/// Ranks entities by how well their best alias matches the query: exact, then prefix, then substring
/// (each tier by mention count), then trigram-similar names (by similarity, then mention count).
/// An empty query lists every mentioned entity by mention count. Served from the <see cref="AliasIndex"/>.
/// </summary>
internal sealed class EntitySearch(AliasIndexSource indexes)
{
    public sealed record Page(IReadOnlyList<SearchResult> Results, long? NextOffset);

    public static string TokenScope(string query, EntityType type) => $"search|{NameKey.Normalize(query)}|{(int)type}";

    public async Task<Page> SearchAsync(string query, EntityType type, int pageSize, long offset, CancellationToken cancellationToken)
    {
        var key = NameKey.Normalize(query);
        var index = await indexes.GetAsync(cancellationToken);
        // Entities whose documents were all deleted keep their row with zero counts; the index leaves them out.
        var ranked = index.Rank(key, EntityProjection.MapToStorage(type));
        var results = ranked
            .Skip((int)Math.Min(offset, int.MaxValue))
            .Take(pageSize)
            .Select(r =>
            {
                var (alias, how) = index.MatchedAlias(r, key);
                return new SearchResult
                {
                    Entity = index[r.Entity].Api,
                    Score = key.Length == 0 ? 0 : AliasIndex.Score(r.Tier, r.Similarity),
                    MatchedAlias = alias,
                    Match = how,
                };
            })
            .ToList();
        return new Page(results, offset + pageSize < ranked.Count ? offset + pageSize : null);
    }

    /// <summary>The aliases closest to a name's <see cref="NameKey"/> by trigram similarity, at most one per entity.</summary>
    public async Task<IReadOnlyList<string>> SuggestNamesAsync(string key, int count, CancellationToken cancellationToken) =>
        (await indexes.GetAsync(cancellationToken)).Suggest(key, count);
}
