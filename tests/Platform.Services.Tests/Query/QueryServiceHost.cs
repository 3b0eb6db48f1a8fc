using Platform.Services.Tests.Infrastructure;
using Platform.Query;
using Platform.Query.V1;

namespace Platform.Services.Tests.Query;

[CollectionDefinition(Name)]
public sealed class QueryServiceCollection : ICollectionFixture<QueryServiceHost>
{
    public const string Name = "query service";
}

/// <summary>
/// The real query service (<see cref="QueryApp"/>) on a free port, over one migrated database seeded with
/// <see cref="QuerySeedData"/>. The query tests only read, so they share it.
/// </summary>
public sealed class QueryServiceHost : IAsyncLifetime
{
    private TestDatabase? _database;
    private ServiceHost? _service;

    public string Address => _service!.Address.ToString();

    public QueryService.QueryServiceClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(migrate: true);
        await using (var db = _database.CreateDbContext())
        {
            await QuerySeedData.WriteAsync(db);
        }
        _service = await ServiceHost.StartAsync(QueryApp.Build, _database.ConnectionSetting);
        Client = new QueryService.QueryServiceClient(_service.Channel);
    }

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
