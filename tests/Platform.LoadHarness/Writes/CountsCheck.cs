using Npgsql;
using Platform.Storage;

namespace Platform.LoadHarness.Writes;

/// <summary>
/// After the load: do the stored mention and document counts of every entity still equal a recount of its mentions,
/// and the stored relation groups a recount of the relations?
/// </summary>
internal static class CountsCheck
{
    public sealed record Result(long Entities, long WrongEntities, long Groups, long WrongGroups);

    public static async Task<Result> RunAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SELECT count(*), count(*) FILTER (WHERE (e.mention_count, e.document_count) IS DISTINCT FROM (coalesce(c.mentions, 0), coalesce(c.documents, 0)))
            FROM entities e
            LEFT JOIN (SELECT entity_id, count(*)::int AS mentions, count(DISTINCT document_id)::int AS documents FROM mentions GROUP BY entity_id) c
              ON c.entity_id = e.id;
            SELECT (SELECT count(*) FROM relation_groups),
                   (SELECT count(*) FROM ((TABLE relation_groups EXCEPT {RelationGroups.RecountSql})
                                          UNION ALL ({RelationGroups.RecountSql} EXCEPT TABLE relation_groups)) AS differing);
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (entities, wrongEntities) = (reader.GetInt64(0), reader.GetInt64(1));
        await reader.NextResultAsync();
        await reader.ReadAsync();
        return new Result(entities, wrongEntities, reader.GetInt64(0), reader.GetInt64(1));
    }
}
