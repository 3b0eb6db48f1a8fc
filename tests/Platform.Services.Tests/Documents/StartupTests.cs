using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Platform.Documents;
using Platform.Documents.V1;
using Platform.Query;
using Platform.Services.Tests.Infrastructure;
using Platform.Storage.Hosting;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Platform.Services.Tests.Documents;

[Collection(PostgresCollection.Name)]
public sealed class StartupTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Service_BeforeItsDatabaseExists_IsNotServing_ThenServesOnceMigrated()
    {
        // A database that does not exist yet, as when the service starts before PostgreSQL or the migration worker.
        await using var template = await postgres.CreateDatabaseAsync();
        var name = $"late_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(template.ConnectionString) { Database = name }.ConnectionString;
        await using var documents = await ServiceHost.StartAsync(DocumentsApp.Build,
            $"--ConnectionStrings:platformdb={connectionString}", $"--services:extraction:grpc:0={ServiceHost.FreeAddress()}");
        try
        {
            Assert.Equal(ServingStatus.NotServing, await documents.HealthAsync());

            // What the migration worker does (EF creates the database, then the schema).
            await documents.Services.MigrateDatabaseAsync(NullLogger.Instance, CancellationToken.None);

            await documents.WaitUntilServingAsync(TimeSpan.FromSeconds(30));
            var client = new DocumentService.DocumentServiceClient(documents.Channel);
            var ingested = await client.IngestDocumentAsync(new IngestDocumentRequest { Content = "Stored after a late start." });
            Assert.True(ingested.Created);
        }
        finally
        {
            await documents.StopAsync();
            await TestPostgres.DropDatabaseAsync(name);
        }
    }

    [Fact]
    public async Task Service_OnADatabaseWithoutTheSchema_IsNotServing()
    {
        await using var empty = await postgres.CreateDatabaseAsync();
        await using var query = await ServiceHost.StartAsync(QueryApp.Build, empty.ConnectionSetting);

        Assert.Equal(ServingStatus.NotServing, await query.HealthAsync());
    }
}
