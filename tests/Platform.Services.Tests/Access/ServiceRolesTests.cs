using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Platform.Documents.V1;
using Platform.Extraction;
using Platform.Query;
using Platform.Query.V1;
using Platform.Services.Tests.Infrastructure;
using Platform.Storage.Hosting;

namespace Platform.Services.Tests.Access;

/// <summary>Each service logs in as its own role: it reads every table and changes only its own; none changes the schema.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ServiceRolesTests(PostgresFixture postgres)
{
    private static readonly Dictionary<string, string> Passwords = new()
    {
        ["documents"] = "documents-role-test-password",
        ["extraction"] = "extraction-role-test-password",
        ["query"] = "query role's test password; with quotes ' and %L",
    };

    [Fact]
    public async Task Services_RunAsTheirOwnRoles_IngestExtractQueryAndDelete()
    {
        await using var database = await MigratedWithRolesAsync();
        await using var extraction = await ServiceHost.StartAsync(ExtractionApp.Build, Login(database, "extraction"));
        await using var documents = await DocumentsStack.StartDocumentsAsync(database, extraction.Address.ToString(), Login(database, "documents"));
        await using var query = await ServiceHost.StartAsync(QueryApp.Build, Login(database, "query"));
        var documentsClient = new DocumentService.DocumentServiceClient(documents.Channel);

        var ingested = await documentsClient.IngestDocumentAsync(new IngestDocumentRequest { Content = $"Sam Altman leads OpenAI. {Guid.NewGuid()}" });
        var document = await DocumentStatus.WaitForTerminalAsync(documentsClient, ingested.DocumentId);
        var entity = await new QueryService.QueryServiceClient(query.Channel).GetEntityAsync(new GetEntityRequest { Name = "OpenAI" });
        await documentsClient.DeleteDocumentAsync(new DeleteDocumentRequest { DocumentId = ingested.DocumentId });

        Assert.Equal(ExtractionStatus.Succeeded, document.ExtractionStatus);
        Assert.Equal("openai", entity.Entity.EntityId);
    }

    [Theory]
    [InlineData("query", "INSERT INTO curations (action, entity_id, actor, reason, created_at, document_ids) VALUES (1, 'a', 'b', 'c', now(), '{}')")]
    [InlineData("query", "DELETE FROM documents")]
    [InlineData("documents", "DELETE FROM mentions")]
    [InlineData("documents", "CREATE TABLE intruder (id int)")]
    [InlineData("extraction", "DELETE FROM extraction_jobs")]
    [InlineData("extraction", "UPDATE extraction_jobs SET attempts = 0")]
    [InlineData("extraction", "DROP TABLE api_keys")]
    [InlineData("extraction", "UPDATE api_keys SET scope = 'admin'")]
    public async Task Role_IsRefusedWhatItsServiceNeverDoes(string service, string sql)
    {
        await using var database = await MigratedWithRolesAsync();
        await using var connection = new NpgsqlConnection(ConnectionString(database, service));
        await connection.OpenAsync();

        var refused = await Assert.ThrowsAsync<PostgresException>(() => new NpgsqlCommand(sql, connection).ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task Roles_AreNeitherSuperusersNorOwners_AndReadEveryTable()
    {
        await using var database = await MigratedWithRolesAsync();
        foreach (var service in Passwords.Keys)
        {
            await using var connection = new NpgsqlConnection(ConnectionString(database, service));
            await connection.OpenAsync();
            var super = (bool)(await new NpgsqlCommand("SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = current_user", connection).ExecuteScalarAsync())!;
            var unreadable = (long)(await new NpgsqlCommand(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND NOT has_table_privilege(current_user, quote_ident(schemaname) || '.' || quote_ident(tablename), 'SELECT')", connection).ExecuteScalarAsync())!;
            var owned = (long)(await new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE tableowner = current_user", connection).ExecuteScalarAsync())!;

            Assert.False(super, service);
            Assert.Equal(0, unreadable);
            Assert.Equal(0, owned);
        }
    }

    private async Task<TestDatabase> MigratedWithRolesAsync()
    {
        var database = await postgres.CreateDatabaseAsync(migrate: true);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await ServiceRoles.EnsureAsync(connection, Passwords, NullLogger.Instance, CancellationToken.None);
        return database;
    }

    private static string ConnectionString(TestDatabase database, string service) =>
        new NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = ServiceRoles.RoleName(service), Password = Passwords[service] }.ConnectionString;

    private static string Login(TestDatabase database, string service) => $"--ConnectionStrings:platformdb={ConnectionString(database, service)}";
}
