using Npgsql;
using Platform.Documents;
using Platform.Documents.V1;
using Platform.Services.Tests.Infrastructure;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Platform.Services.Tests.Documents;

[Collection(PostgresCollection.Name)]
public sealed class StartupTests(PostgresFixture postgres)
{
    [Fact]
    public async Task DocumentService_BeforeItsDatabaseExists_IsNotServing_ThenMigratesAndServes()
    {
        // A database that does not exist yet, as when the service starts before PostgreSQL is ready.
        await using var template = await postgres.CreateDatabaseAsync();
        var name = $"late_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(template.ConnectionString) { Database = name }.ConnectionString;
        await using var documents = await ServiceHost.StartAsync(DocumentsApp.Build,
            $"--ConnectionStrings:platformdb={connectionString}", $"--services:extraction:grpc:0={ServiceHost.FreeAddress()}");
        try
        {
            Assert.Equal(ServingStatus.NotServing, await documents.HealthAsync());

            await using (var admin = new NpgsqlConnection(await TestPostgres.GetAdminConnectionStringAsync()))
            {
                await admin.OpenAsync();
                await new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin).ExecuteNonQueryAsync();
            }

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
}
