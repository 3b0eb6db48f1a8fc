using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Query.V1;
using static Platform.Services.Tests.Query.QuerySeedData;

namespace Platform.Services.Tests.Query;

[Collection(QueryServiceCollection.Name)]
public sealed class NeighbourhoodTests(QueryServiceHost host)
{
    private readonly QueryService.QueryServiceClient _client = host.Client;

    [Fact]
    public async Task Neighbourhood_DepthTwoOfStatedRelations_ReachesTheNeighboursOfNeighbours()
    {
        var response = await _client.GetNeighbourhoodAsync(new GetNeighbourhoodRequest { EntityId = Ids.Satya });

        Assert.Equal([(Ids.Satya, 0), (Ids.Microsoft, 1), (Ids.OpenAi, 2)], response.Nodes.Select(n => (n.Entity.EntityId, n.Depth)));
        Assert.Equal(
            [(Ids.Microsoft, "invested_in", Ids.OpenAi, 1), (Ids.Satya, "ceo_of", Ids.Microsoft, 2)],
            response.Edges.Select(e => (e.SubjectEntityId, e.Predicate, e.ObjectEntityId, e.EvidenceCount)).Order());
        var ceo = response.Edges.Single(e => e.Predicate == "ceo_of");
        // Best evidence first: the news states it with the higher confidence.
        Assert.Equal(["Satya Nadella, CEO of Microsoft, met OpenAI.", "微软首席执行官萨提亚·纳德拉表示"], ceo.Evidence.Select(e => e.Snippet));
    }

    [Fact]
    public async Task Neighbourhood_WithCoOccurrence_AddsSentenceNeighboursAsOneUndirectedEdgeEach()
    {
        var response = await _client.GetNeighbourhoodAsync(new GetNeighbourhoodRequest { EntityId = Ids.Microsoft, Depth = 1, IncludeCoOccurrence = true });

        Assert.Equal([Ids.Microsoft, Ids.Satya, Ids.OpenAi, Ids.SoftBank], response.Nodes.Select(n => n.Entity.EntityId));
        var coOccurrence = response.Edges.Where(e => e.Predicate == "co_occurrence")
            .Select(e => (e.SubjectEntityId, e.ObjectEntityId, e.EvidenceCount)).Order();
        // Stored in both orders across the documents, each pair is one edge.
        Assert.Equal([(Ids.Microsoft, Ids.OpenAi, 2), (Ids.Microsoft, Ids.Satya, 4), (Ids.Microsoft, Ids.SoftBank, 1)], coOccurrence);
    }

    [Fact]
    public async Task Neighbourhood_Limit_KeepsTheStrongestEdgesOfEachEntity()
    {
        var response = await _client.GetNeighbourhoodAsync(new GetNeighbourhoodRequest { EntityId = Ids.Microsoft, Depth = 1, Limit = 1, IncludeCoOccurrence = true });

        var edge = Assert.Single(response.Edges);
        Assert.Equal((Ids.Satya, "ceo_of", Ids.Microsoft), (edge.SubjectEntityId, edge.Predicate, edge.ObjectEntityId));
    }

    [Fact]
    public async Task Neighbourhood_DocumentFilter_CountsOnlyWhatThatDocumentStates()
    {
        var response = await _client.GetNeighbourhoodAsync(new GetNeighbourhoodRequest { EntityId = Ids.Satya, DocumentId = NewsId.ToString() });

        Assert.Equal([Ids.Satya, Ids.Microsoft], response.Nodes.Select(n => n.Entity.EntityId));
        var edge = Assert.Single(response.Edges);
        Assert.Equal(("ceo_of", 1), (edge.Predicate, edge.EvidenceCount));
        Assert.Equal(NewsId.ToString(), Assert.Single(edge.Evidence).DocumentId);
    }

    [Fact]
    public async Task Neighbourhood_DatedPeriod_CountsOnlyDocumentsDatedInIt()
    {
        var response = await _client.GetNeighbourhoodAsync(new GetNeighbourhoodRequest
        {
            EntityId = Ids.Satya,
            From = Timestamp.FromDateTimeOffset(ReportPublishedAt.AddDays(-1)),
            To = Timestamp.FromDateTimeOffset(ReportPublishedAt.AddDays(1)),
        });

        Assert.Equal(
            [(Ids.Microsoft, "invested_in", Ids.OpenAi, 1), (Ids.Satya, "ceo_of", Ids.Microsoft, 1)],
            response.Edges.Select(e => (e.SubjectEntityId, e.Predicate, e.ObjectEntityId, e.EvidenceCount)).Order());
        Assert.All(response.Edges.SelectMany(e => e.Evidence), e => Assert.Equal(ReportId.ToString(), e.DocumentId));
    }

    [Fact]
    public async Task Neighbourhood_UnknownEntity_ReturnsNotFound()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _client.GetNeighbourhoodAsync(new GetNeighbourhoodRequest { EntityId = "q:nobody" }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Neighbourhood_PeriodEndingBeforeItStarts_ReturnsInvalidArgument()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _client.GetNeighbourhoodAsync(new GetNeighbourhoodRequest
            {
                EntityId = Ids.Satya,
                From = Timestamp.FromDateTimeOffset(ReportPublishedAt),
                To = Timestamp.FromDateTimeOffset(ReportPublishedAt.AddDays(-1)),
            }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("must be before", error.Status.Detail);
    }
}
