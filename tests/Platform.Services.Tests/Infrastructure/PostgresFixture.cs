namespace Platform.Services.Tests.Infrastructure;

/// <summary>
/// Shared xunit collection fixture for tests that need PostgreSQL. One server per test run (see
/// <see cref="TestPostgres"/>; <c>PLATFORM_TEST_CONNECTION_STRING</c> overrides it); each test class takes
/// a fresh database. Usage:
/// <code>
/// [Collection(PostgresCollection.Name)]
/// public sealed class MyTests(PostgresFixture postgres) : IAsyncLifetime
/// {
///     private TestDatabase _database = null!;
///     public async Task InitializeAsync() => _database = await postgres.CreateDatabaseAsync();
///     public Task DisposeAsync() => _database.DisposeAsync().AsTask();
/// }
/// </code>
/// (xunit makes a test class instance per test, so that is a database per test; for one per class put the
/// database in an <c>IClassFixture</c>, e.g. <see cref="DocumentsStack"/>.)
/// Services run in process on a free port with <see cref="ServiceHost"/>:
/// <code>
/// await using var documents = await ServiceHost.StartAsync(DocumentsApp.Build,
///     database.ConnectionSetting, "--services:extraction:grpc:0=http://127.0.0.1:7102");
/// var client = new DocumentService.DocumentServiceClient(documents.Channel);
/// </code>
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public Task InitializeAsync() => TestPostgres.GetAdminConnectionStringAsync();

    public Task<TestDatabase> CreateDatabaseAsync(bool migrate = false) => TestDatabase.CreateAsync(migrate);

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
