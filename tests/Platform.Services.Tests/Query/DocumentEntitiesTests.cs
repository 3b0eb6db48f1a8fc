using Grpc.Core;
using Platform.Query.V1;
using static Platform.Services.Tests.Query.QuerySeedData;

namespace Platform.Services.Tests.Query;

[Collection(QueryServiceCollection.Name)]
public sealed class DocumentEntitiesTests(QueryServiceHost host)
{
    private readonly QueryService.QueryServiceClient _client = host.Client;

    [Fact]
    public async Task ListDocumentEntities_ReturnsEntitiesBySalience_WithSurfaceFormsAndCounts()
    {
        var response = await _client.ListDocumentEntitiesAsync(new ListDocumentEntitiesRequest { DocumentId = ReportId.ToString() });

        Assert.Equal(ReportId.ToString(), response.DocumentId);
        // OpenAI and Microsoft AI tie on salience and mentions: id order decides.
        Assert.Equal([Ids.Microsoft, Ids.Satya, Ids.MicrosoftAi, Ids.OpenAi, Ids.Mustafa], response.Entities.Select(e => e.Entity.EntityId));
        var microsoft = response.Entities[0];
        Assert.Equal(["微软"], microsoft.SurfaceForms);
        Assert.Equal(2, microsoft.MentionCount);
        Assert.Equal(0.9, microsoft.Salience, 6);
        Assert.Contains("Microsoft Corporation", microsoft.Entity.Aliases);
    }

    [Fact]
    public async Task ListDocumentEntities_UnknownDocument_FailsWithNotFound()
    {
        var unknown = Guid.NewGuid().ToString();

        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            _client.ListDocumentEntitiesAsync(new ListDocumentEntitiesRequest { DocumentId = unknown }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
        Assert.Contains(unknown, ex.Status.Detail);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-uuid")]
    public async Task ListDocumentEntities_MissingOrMalformedId_FailsWithInvalidArgument(string documentId)
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            _client.ListDocumentEntitiesAsync(new ListDocumentEntitiesRequest { DocumentId = documentId }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
    }
}
