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
    public async Task KeyWithItsStreamsOpen_IsRefusedAnotherStream_UntilOneEnds()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrate: true);
        await using var documents = await DocumentsStack.StartDocumentsAsync(database, ServiceHost.FreeAddress(),
            [.. KeysRequired, "--Platform:Access:ConcurrentStreams=1"]);
        var client = new DocumentService.DocumentServiceClient(documents.Channel);

        using (var first = client.IngestDocuments(With(AdminKey)))
        {
            await first.RequestStream.WriteAsync(new IngestDocumentRequest { Content = $"First stream {Guid.NewGuid()}" });
            using var second = client.IngestDocuments(With(AdminKey));
            var refused = await Assert.ThrowsAsync<RpcException>(() => second.ResponseAsync);
            await first.RequestStream.CompleteAsync();
            var firstResult = await first.ResponseAsync;

            Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
            Assert.Contains("already has 1 streams open", refused.Status.Detail);
            Assert.Single(firstResult.Documents);
        }
        using var third = client.IngestDocuments(With(AdminKey));
        await third.RequestStream.WriteAsync(new IngestDocumentRequest { Content = $"Third stream {Guid.NewGuid()}" });
        await third.RequestStream.CompleteAsync();
        Assert.Single((await third.ResponseAsync).Documents);
    }
}
