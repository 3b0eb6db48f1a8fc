using Grpc.Core;
using Platform.Documents;
using Platform.Documents.V1;
using Platform.Query;
using Platform.Query.V1;
using Platform.Services.Tests.Infrastructure;
using static Platform.Services.Tests.Access.AccessStack;

namespace Platform.Services.Tests.Access;

[Collection(PostgresCollection.Name)]
public sealed class RateLimitTests(PostgresFixture postgres)
{
    [Fact]
    public async Task KeyOverItsRate_IsResourceExhausted_WithRetryAfter_AndOtherKeysGoOn()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrate: true);
        await using var query = await ServiceHost.StartAsync(QueryApp.Build,
            [database.ConnectionSetting, .. KeysRequired, "--Platform:Access:RequestsPerSecond=1", "--Platform:Access:Burst=3"]);
        var client = new QueryService.QueryServiceClient(query.Channel);
        var request = new SearchEntitiesRequest { Query = "OpenAI" };

        for (var i = 0; i < 3; i++)
        {
            await client.SearchEntitiesAsync(request, With(AdminKey));
        }
        var refused = await Assert.ThrowsAsync<RpcException>(() => client.SearchEntitiesAsync(request, With(AdminKey)).ResponseAsync);
        var otherKey = await Assert.ThrowsAsync<RpcException>(() => client.SearchEntitiesAsync(request, With("pk_1_unknown")).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Contains("rate limit of 1 calls per second", refused.Status.Detail);
        Assert.True(int.TryParse(refused.Trailers.GetValue("retry-after"), out var seconds) && seconds >= 1);
        // A key that is not valid is refused for that, not counted against the admin key's bucket.
        Assert.Equal(StatusCode.Unauthenticated, otherKey.StatusCode);
    }

    [Fact]
    public async Task MadeUpKeys_AreLookedUpAtMostAtTheirRate_ThenRefusedWithoutTouchingTheDatabase()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrate: true);
        await using var query = await ServiceHost.StartAsync(QueryApp.Build,
            [database.ConnectionSetting, .. KeysRequired, "--Platform:Access:KeyLookupsPerSecond=2"]);
        var client = new QueryService.QueryServiceClient(query.Channel);

        var statuses = new List<StatusCode>();
        for (var id = 1000; id < 1010; id++)
        {
            var refused = await Assert.ThrowsAsync<RpcException>(() =>
                client.SearchEntitiesAsync(new SearchEntitiesRequest { Query = "OpenAI" }, With($"pk_{id}_madeup")).ResponseAsync);
            statuses.Add(refused.StatusCode);
        }
        await client.SearchEntitiesAsync(new SearchEntitiesRequest { Query = "OpenAI" }, With(AdminKey)); // no look-up needed

        Assert.Equal(StatusCode.Unauthenticated, statuses[0]);
        Assert.Contains(StatusCode.ResourceExhausted, statuses);
        Assert.True(statuses.Count(s => s == StatusCode.Unauthenticated) <= 5, string.Join(", ", statuses)); // a burst of 4, and what refills meanwhile
    }

    [Fact(Timeout = 120_000)] // a stream admitted the wrong way round would otherwise wait for ever
    public async Task KeyWithItsStreamsOpen_IsRefusedAnotherStream_UntilOneEnds()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrate: true);
        // No extraction service: the document stays pending, so a watch of it stays open.
        await using var documents = await DocumentsStack.StartDocumentsAsync(database, ServiceHost.FreeAddress(),
            [.. KeysRequired, "--Platform:Access:ConcurrentStreams=1"]);
        var client = new DocumentService.DocumentServiceClient(documents.Channel);
        var documentId = (await client.IngestDocumentAsync(new IngestDocumentRequest { Content = $"Watched {Guid.NewGuid()}" }, With(AdminKey))).DocumentId;
        var watch = new WatchExtractionRequest { DocumentId = documentId };

        RpcException refused;
        using (var first = client.WatchExtraction(watch, With(AdminKey)))
        {
            Assert.True(await first.ResponseStream.MoveNext()); // admitted: the first status has come
            using var second = client.WatchExtraction(watch, With(AdminKey));
            refused = await Assert.ThrowsAsync<RpcException>(() => second.ResponseStream.MoveNext());
        }
        // Once the first watch has ended on the server, the key may open another.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            using var third = client.WatchExtraction(watch, With(AdminKey));
            try
            {
                Assert.True(await third.ResponseStream.MoveNext());
                break;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.ResourceExhausted && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }

        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Contains("already has 1 streams open", refused.Status.Detail);
    }
}
