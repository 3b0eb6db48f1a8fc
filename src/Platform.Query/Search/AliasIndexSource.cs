using Npgsql;
using Platform.Query.Caching;
using Platform.Query.Queries;
using Platform.Storage;
using Platform.Storage.Entities;

namespace Platform.Query.Search;

/// <summary>
/// The <see cref="AliasIndex"/> of the current graph. It is exact the same way the <see cref="ReadCache"/> is: an
/// index is used only in the cache generation it was loaded in, so the first search after a write loads a new one
/// (once, however many searches ask at that moment); while the change listener is down every search loads its own.
/// </summary>
internal sealed partial class AliasIndexSource(ReadCache cache, IServiceScopeFactory scopes, ILogger<AliasIndexSource> logger)
{
    private const string Statement = """
        SELECT e.id, e.name, e.type, e.mention_count, e.document_count, e.description, e.wikidata_id, e.name_zh,
               a.aliases, a.keys
        FROM entities e
        CROSS JOIN LATERAL (
            SELECT array_agg(x.alias ORDER BY x.alias) AS aliases, array_agg(x.normalized_alias ORDER BY x.alias) AS keys
            FROM entity_aliases x WHERE x.entity_id = e.id) AS a
        WHERE e.mention_count > 0
        """;

    private Flight? _current;

    private sealed record Flight(long Generation, Lazy<Task<AliasIndex>> Index);

    public async Task<AliasIndex> GetAsync(CancellationToken cancellationToken)
    {
        if (!cache.IsServing)
        {
            return await LoadAsync(cancellationToken);
        }
        while (true)
        {
            var generation = cache.Generation;
            var current = Volatile.Read(ref _current);
            if (current is not null && current.Generation == generation && !current.Index.Value.IsFaulted)
            {
                return await current.Index.Value.WaitAsync(cancellationToken);
            }
            // Loaded without the caller's token: others wait on the same load and must not lose it to one who left.
            var next = new Flight(generation, new Lazy<Task<AliasIndex>>(() => LoadAsync(CancellationToken.None)));
            if (Interlocked.CompareExchange(ref _current, next, current) == current)
            {
                return await next.Index.Value.WaitAsync(cancellationToken);
            }
        }
    }

    private async Task<AliasIndex> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var started = TimeProvider.System.GetTimestamp();
        var index = await db.QueryAsync(Statement, ReadAsync, cancellationToken);
        LogLoaded(index.EntityCount, index.AliasCount, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        return index;

        async Task<AliasIndex> ReadAsync(NpgsqlDataReader row)
        {
            var entities = new List<IndexedEntity>();
            var aliases = new List<(int Entity, string Text, string Key)>();
            while (await row.ReadAsync(cancellationToken))
            {
                var texts = row.IsDBNull(8) ? [] : row.GetFieldValue<string[]>(8);
                var keys = row.IsDBNull(9) ? [] : row.GetFieldValue<string[]>(9);
                var entity = EntityProjection.Read(row, texts);
                for (var i = 0; i < texts.Length; i++)
                {
                    aliases.Add((entities.Count, texts[i], keys[i]));
                }
                entities.Add(new IndexedEntity(entity, (EntityKind)row.GetInt32(2)));
            }
            return new AliasIndex(entities, aliases);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Alias index loaded: {Entities} entities, {Aliases} aliases, in {Milliseconds:F1} ms")]
    private partial void LogLoaded(int entities, int aliases, double milliseconds);
}
