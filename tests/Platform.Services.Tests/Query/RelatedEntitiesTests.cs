using Grpc.Core;
using Platform.Query.V1;
using static Platform.Services.Tests.Query.QuerySeedData;

namespace Platform.Services.Tests.Query;

[Collection(QueryServiceCollection.Name)]
public sealed class RelatedEntitiesTests(QueryServiceHost host)
{
    private readonly QueryService.QueryServiceClient _client = host.Client;

    [Fact]
    public async Task Related_StatedPredicatesComeFirst_ThenCoOccurrenceByCount()
    {
        var response = await _client.GetRelatedEntitiesAsync(new GetRelatedEntitiesRequest { EntityId = Ids.Microsoft });

        Assert.Equal(Ids.Microsoft, response.Entity.EntityId);
        Assert.Equal(
            [
                ("ceo_of", "incoming", Ids.Satya, 2),
                ("invested_in", "outgoing", Ids.OpenAi, 1),
                ("co_occurrence", "undirected", Ids.Satya, 4),
                ("co_occurrence", "undirected", Ids.OpenAi, 2),
                ("co_occurrence", "undirected", Ids.SoftBank, 1),
            ],
            response.Related.Select(r => (r.Predicate, r.Direction, r.Entity.EntityId, r.EvidenceCount)));
    }

    [Fact]
    public async Task Related_GroupsEvidenceFromEveryDocument_AtMostThreePerGroup()
    {
        var response = await _client.GetRelatedEntitiesAsync(new GetRelatedEntitiesRequest { EntityId = Ids.Microsoft });

        var ceo = response.Related.Single(r => r.Predicate == "ceo_of");
        Assert.Equal([ReportId.ToString(), NewsId.ToString()], ceo.Evidence.Select(e => e.DocumentId).Order(StringComparer.Ordinal));
        Assert.Contains(ceo.Evidence, e => e.Snippet == "Satya Nadella, CEO of Microsoft, met OpenAI.");
        Assert.Equal("Satya Nadella", ceo.Entity.Name);

        var coOccurrence = response.Related.First(r => r.Predicate == "co_occurrence");
        Assert.Equal(4, coOccurrence.EvidenceCount);
        Assert.Equal(3, coOccurrence.Evidence.Count);
    }

    [Fact]
    public async Task Related_FromTheOtherSide_SeesTheSameRelationOutgoing()
    {
        var response = await _client.GetRelatedEntitiesAsync(new GetRelatedEntitiesRequest { EntityId = Ids.Satya });

        var ceo = Assert.Single(response.Related, r => r.Predicate == "ceo_of");
        Assert.Equal(("outgoing", Ids.Microsoft, 2), (ceo.Direction, ceo.Entity.EntityId, ceo.EvidenceCount));
    }

    [Fact]
    public async Task Related_Limit_KeepsTheTopGroups()
    {
        var response = await _client.GetRelatedEntitiesAsync(new GetRelatedEntitiesRequest { EntityId = Ids.Microsoft, Limit = 2 });

        Assert.Equal(["ceo_of", "invested_in"], response.Related.Select(r => r.Predicate));
    }

    [Fact]
    public async Task Related_UnknownEntity_FailsWithNotFound()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            _client.GetRelatedEntitiesAsync(new GetRelatedEntitiesRequest { EntityId = "q:nobody" }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }
}
