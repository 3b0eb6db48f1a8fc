using Npgsql;
using Platform.Query.Search;
using Platform.Services.Tests.Infrastructure;
using Platform.Storage;

namespace Platform.Services.Tests.Query;

/// <summary>Search ranks similar names in memory; "similar" must mean what pg_trgm's <c>similarity()</c> says.</summary>
public sealed class TrigramSimilarityTests
{
    [Theory]
    [InlineData("soft", "sofa")]
    [InlineData("microsft", "Microsoft")]
    [InlineData("open ai", "OpenAI")]
    [InlineData("sam altman", "Samuel H. Altman")]
    [InlineData("deep-mind", "Google DeepMind")]
    [InlineData("微软", "微软公司")]
    [InlineData("萨提亚·纳德拉", "萨提亚纳德拉")]
    [InlineData("copilot 365", "Microsoft 365 Copilot")]
    [InlineData("a", "ab")]
    [InlineData("x", "y")]
    public async Task Similarity_InMemory_EqualsPostgresSimilarity(string query, string alias)
    {
        var (a, b) = (NameKey.Normalize(query), NameKey.Normalize(alias));
        var (ta, tb) = (Trigrams.Of(a), Trigrams.Of(b));
        var inMemory = Trigrams.Similarity(Trigrams.CountShared(ta, tb), ta.Length, tb.Length);

        await using var database = await TestDatabase.CreateAsync();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var extension = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_trgm", connection))
        {
            await extension.ExecuteNonQueryAsync();
        }
        await using var command = new NpgsqlCommand("SELECT similarity($1, $2)", connection) { Parameters = { new() { Value = a }, new() { Value = b } } };
        var inPostgres = (float)(await command.ExecuteScalarAsync())!;

        Assert.Equal(inPostgres, inMemory, 5);
    }
}
