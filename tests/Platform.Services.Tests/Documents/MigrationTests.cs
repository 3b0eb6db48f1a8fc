using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Platform.Services.Tests.Infrastructure;

namespace Platform.Services.Tests.Documents;

[Collection(PostgresCollection.Name)]
public sealed class MigrationTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Migrations_ApplyToAnEmptyDatabase_AndLeaveNothingPending()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrate: true);
        await using var db = database.CreateDbContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Contains("20261122000000_InitialCreate", await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Model_HasNoChangesMissingFromTheMigrations()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        await using var db = database.CreateDbContext();

        // Fails when an entity or configuration changed without a new migration (snapshot differs from the model).
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task Migrations_IndexAliasesForExactLookUpOnly()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrate: true);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();

        var indexes = await QueryStringsAsync(connection,
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'entity_aliases'");

        Assert.Contains(indexes, d => d.Contains("USING btree (normalized_alias)"));
        Assert.Contains(indexes, d => d.Contains("UNIQUE INDEX pk_entity_aliases") && d.Contains("(entity_id, normalized_alias)"));
        // Search ranks in memory: a trigram index would only slow down every alias written.
        Assert.DoesNotContain(indexes, d => d.Contains("gin_trgm_ops"));
    }

    [Fact]
    public async Task Migrations_DeletingADocument_CascadesToItsRows()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrate: true);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();

        var cascades = await QueryStringsAsync(connection,
            """
            SELECT conrelid::regclass::text FROM pg_constraint
            WHERE contype = 'f' AND confrelid = 'documents'::regclass AND confdeltype = 'c'
            """);

        Assert.Equal(["document_entities", "extraction_jobs", "mentions", "relations"], cascades.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Migrations_RelationGroups_CountTheRelationsStoredBefore()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        await using var db = database.CreateDbContext();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261130195220_RelationsByPairAndPredicate");
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO documents (id, source_uri, title, content, content_sha256, size_chars, language, media_type, metadata,
                                   extraction_status, created_at, updated_at)
            VALUES ('00000000-0000-4000-8000-0000000000aa', '', '', 'x', 'x', 1, '', 'text/plain', '{{}}', 2, now(), now());
            INSERT INTO entities (id, name, type, mention_count, document_count, created_at, updated_at)
            VALUES ('a', 'A', 1, 1, 1, now(), now()), ('b', 'B', 1, 1, 1, now(), now());
            INSERT INTO relations (document_id, subject_id, predicate, object_id, evidence, evidence_start, evidence_end, confidence)
            VALUES ('00000000-0000-4000-8000-0000000000aa', 'a', 'ceo_of', 'b', 'x', 0, 1, 1),
                   ('00000000-0000-4000-8000-0000000000aa', 'a', 'co_occurrence', 'b', 'x', 0, 1, 1),
                   ('00000000-0000-4000-8000-0000000000aa', 'b', 'co_occurrence', 'a', 'x', 0, 1, 1),
                   ('00000000-0000-4000-8000-0000000000aa', 'a', 'co_occurrence', 'a', 'x', 0, 1, 1);
            """);

        await migrator.MigrateAsync();

        var groups = await db.RelationGroups.AsNoTracking()
            .OrderBy(g => g.EntityId).ThenBy(g => g.Predicate)
            .Select(g => $"{g.EntityId}→{g.OtherId} {g.Predicate} {g.Direction} {g.EvidenceCount}")
            .ToListAsync();
        Assert.Equal(["a→b ceo_of outgoing 1", "a→b co_occurrence undirected 2", "b→a ceo_of incoming 1", "b→a co_occurrence undirected 2"], groups);
    }

    private static async Task<List<string>> QueryStringsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}
