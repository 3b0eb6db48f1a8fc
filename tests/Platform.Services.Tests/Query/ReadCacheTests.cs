using Microsoft.EntityFrameworkCore;
using Platform.Query;
using Platform.Query.V1;
using Platform.Services.Tests.Infrastructure;
using static Platform.Services.Tests.Query.QuerySeedData;

namespace Platform.Services.Tests.Query;

/// <summary>
/// Reads are answered from memory while nothing changed; every write, by any service or by hand in SQL, must be
/// seen by the next read, also after the cache's listener lost its connection. Each test has its own database,
/// because it writes.
/// </summary>
public sealed class ReadCacheTests : IAsyncLifetime
{
    // A notification travels from the committing backend to the listener in well under a millisecond here; the
    // reads below retry for a while only so that a slow machine does not fail them.
    private static readonly TimeSpan NotificationAllowance = TimeSpan.FromSeconds(2);

    private TestDatabase _database = null!;
    private ServiceHost _service = null!;
    private QueryService.QueryServiceClient _client = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(migrate: true);
        await using (var db = _database.CreateDbContext())
        {
            await QuerySeedData.WriteAsync(db);
        }
        _service = await ServiceHost.StartAsync(QueryApp.Build, _database.ConnectionSetting);
        _client = new QueryService.QueryServiceClient(_service.Channel);
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task GetEntity_AfterAWriteInSql_ReturnsTheNewValue_NotTheCachedOne()
    {
        var before = await MentionCountAsync();
        Assert.Equal(before, await MentionCountAsync()); // typically served from memory

        await SetMentionCountAsync(before + 7);

        Assert.Equal(before + 7, await ReadUntilAsync(MentionCountAsync, count => count == before + 7));
    }

    [Fact]
    public async Task SearchEntities_AfterTheEntityIsDeleted_NoLongerListsIt()
    {
        Assert.Contains(await SearchIdsAsync("nadella"), id => id == Ids.Satya);

        await using (var db = _database.CreateDbContext())
        {
            await db.Entities.Where(e => e.Id == Ids.Satya).ExecuteUpdateAsync(s => s.SetProperty(e => e.MentionCount, 0));
        }

        Assert.DoesNotContain(await ReadUntilAsync(() => SearchIdsAsync("nadella"), ids => !ids.Contains(Ids.Satya)), id => id == Ids.Satya);
    }

    [Fact]
    public async Task SearchEntities_AfterANewAliasIsStored_FindsItByThatAlias()
    {
        Assert.DoesNotContain(await SearchIdsAsync("zzyzx"), id => id == Ids.Satya);

        await using (var db = _database.CreateDbContext())
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO entity_aliases (entity_id, normalized_alias, alias) VALUES ({Ids.Satya}, 'zzyzx', 'Zzyzx')");
        }

        Assert.Contains(await ReadUntilAsync(() => SearchIdsAsync("zzyzx"), ids => ids.Contains(Ids.Satya)), id => id == Ids.Satya);
    }

    [Fact]
    public async Task GetEntity_WriteWhileTheListenerIsDisconnected_IsStillSeen()
    {
        var before = await MentionCountAsync();
        await _database.TerminateChangeListenerAsync(NotificationAllowance);

        await SetMentionCountAsync(before + 1);

        Assert.Equal(before + 1, await ReadUntilAsync(MentionCountAsync, count => count == before + 1));
        // Once it reconnects, later writes are seen as well.
        await SetMentionCountAsync(before + 2);
        Assert.Equal(before + 2, await ReadUntilAsync(MentionCountAsync, count => count == before + 2));
    }

    private async Task<int> MentionCountAsync() =>
        (await _client.GetEntityAsync(new GetEntityRequest { Name = "Microsoft" })).Entity.MentionCount;

    private async Task<List<string>> SearchIdsAsync(string query) =>
        (await _client.SearchEntitiesAsync(new SearchEntitiesRequest { Query = query })).Results.Select(r => r.Entity.EntityId).ToList();

    private async Task SetMentionCountAsync(int count)
    {
        await using var db = _database.CreateDbContext();
        await db.Entities.Where(e => e.Id == Ids.Microsoft).ExecuteUpdateAsync(s => s.SetProperty(e => e.MentionCount, count));
    }

    /// <summary>The first read that satisfies <paramref name="seen"/>, or the last one when the allowance runs out.</summary>
    private static async Task<T> ReadUntilAsync<T>(Func<Task<T>> read, Func<T, bool> seen)
    {
        var deadline = DateTime.UtcNow + NotificationAllowance;
        var value = await read();
        while (!seen(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
            value = await read();
        }
        return value;
    }
}
