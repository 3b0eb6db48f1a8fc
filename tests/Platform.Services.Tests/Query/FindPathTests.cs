using Grpc.Core;
using Platform.Query.V1;
using static Platform.Services.Tests.Query.QuerySeedData;

namespace Platform.Services.Tests.Query;

[Collection(QueryServiceCollection.Name)]
public sealed class FindPathTests(QueryServiceHost host)
{
    private readonly QueryService.QueryServiceClient _client = host.Client;

    [Fact]
    public async Task Path_OverStatedRelations_GivesEachHopItsSentenceAndDocument()
    {
        var response = await _client.FindPathAsync(new FindPathRequest { FromEntityId = Ids.Satya, ToEntityId = Ids.OpenAi });

        Assert.Equal([Ids.Satya, Ids.Microsoft, Ids.OpenAi], response.Entities.Select(e => e.EntityId));
        Assert.Equal(["ceo_of", "invested_in"], response.Hops.Select(h => h.Predicate));
        Assert.Equal("Satya Nadella, CEO of Microsoft, met OpenAI.", response.Hops[0].Evidence);
        Assert.Equal(NewsId.ToString(), response.Hops[0].DocumentId);
    }

    [Fact]
    public async Task Path_AgainstTheStoredDirection_KeepsTheStoredSubjectAndObject()
    {
        var response = await _client.FindPathAsync(new FindPathRequest { FromEntityId = Ids.OpenAi, ToEntityId = Ids.Satya });

        Assert.Equal([Ids.OpenAi, Ids.Microsoft, Ids.Satya], response.Entities.Select(e => e.EntityId));
        Assert.Equal(Ids.Microsoft, response.Hops[0].SubjectEntityId);
        Assert.Equal(Ids.OpenAi, response.Hops[0].ObjectEntityId);
    }

    [Fact]
    public async Task Path_WhereOnlyCoOccurrenceJoins_UsesItForThatHopOnly()
    {
        var response = await _client.FindPathAsync(new FindPathRequest { FromEntityId = Ids.Satya, ToEntityId = Ids.SoftBank });

        Assert.Equal([Ids.Satya, Ids.Microsoft, Ids.SoftBank], response.Entities.Select(e => e.EntityId));
        Assert.Equal(["ceo_of", "co_occurrence"], response.Hops.Select(h => h.Predicate));
    }

    [Fact]
    public async Task Path_BeyondMaxHopsOrNone_IsEmpty()
    {
        var tooShort = await _client.FindPathAsync(new FindPathRequest { FromEntityId = Ids.Satya, ToEntityId = Ids.OpenAi, MaxHops = 1 });
        var none = await _client.FindPathAsync(new FindPathRequest { FromEntityId = Ids.Mustafa, ToEntityId = Ids.OpenAi });

        Assert.Empty(tooShort.Entities);
        Assert.Empty(none.Hops);
    }

    [Fact]
    public async Task Path_UnknownEntity_IsNotFound_AndTheSameEntityTwice_IsInvalidArgument()
    {
        var unknown = await Assert.ThrowsAsync<RpcException>(() =>
            _client.FindPathAsync(new FindPathRequest { FromEntityId = Ids.Satya, ToEntityId = "q:nobody" }).ResponseAsync);
        var same = await Assert.ThrowsAsync<RpcException>(() =>
            _client.FindPathAsync(new FindPathRequest { FromEntityId = Ids.Satya, ToEntityId = Ids.Satya }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("q:nobody", unknown.Status.Detail);
        Assert.Equal(StatusCode.InvalidArgument, same.StatusCode);
    }
}
