using Npgsql;

namespace Platform.LoadHarness.Writes;

/// <summary>After the load: do the stored mention and document counts of every entity still equal a recount of its mentions?</summary>
internal static class CountsCheck
{
    public static async Task<(long Entities, long Wrong)> RunAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*), count(*) FILTER (WHERE (e.mention_count, e.document_count) IS DISTINCT FROM (coalesce(c.mentions, 0), coalesce(c.documents, 0)))
            FROM entities e
            LEFT JOIN (SELECT entity_id, count(*)::int AS mentions, count(DISTINCT document_id)::int AS documents FROM mentions GROUP BY entity_id) c
              ON c.entity_id = e.id
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
