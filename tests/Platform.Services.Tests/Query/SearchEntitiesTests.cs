using Grpc.Core;
using Platform.Query.V1;
using static Platform.Services.Tests.Query.QuerySeedData;

namespace Platform.Services.Tests.Query;

[Collection(QueryServiceCollection.Name)]
public sealed class SearchEntitiesTests(QueryServiceHost host)
{
    private readonly QueryService.QueryServiceClient _client = host.Client;

    [Fact]
    public async Task Search_RanksExactThenPrefixThenSubstringThenSimilar_ThenByMentions()
    {
        var response = await _client.SearchEntitiesAsync(new SearchEntitiesRequest { Query = "soft" });

        // Soft: exact; SoftBank: prefix; Microsoft (4 mentions) before Microsoft AI (1): substring;
        // Sofa: only similar, last despite having more mentions than Soft and SoftBank.
        Assert.Equal([Ids.Soft, Ids.SoftBank, Ids.Microsoft, Ids.MicrosoftAi, Ids.Sofa], response.Results.Select(r => r.Entity.EntityId));
        Assert.Equal(1.0, response.Results[0].Score);
        Assert.True(response.Results.Zip(response.Results.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score),
            string.Join(", ", response.Results.Select(r => r.Score)));
    }

    [Fact]
    public async Task Search_ReportsTheAliasThatMatched()
    {
        var response = await _client.SearchEntitiesAsync(new SearchEntitiesRequest { Query = "软银" });

        var result = Assert.Single(response.Results);
        Assert.Equal(Ids.SoftBank, result.Entity.EntityId);
        Assert.Equal("软银", result.MatchedAlias);
        Assert.Equal("exact", result.Match);
        Assert.Equal(1.0, result.Score);
    }

    [Theory]
    [InlineData("weiruan", "pinyin")]
    [InlineData("Wei Ruan", "pinyin")]
    [InlineData("wēi ruǎn", "pinyin")]
    [InlineData("wei1 ruan3", "pinyin")]
    [InlineData("weiru", "pinyin_prefix")]
    [InlineData("wr", "pinyin_initials")]
    public async Task Search_PinyinWholeWithOrWithoutTonesOrInitials_FindsTheChineseName(string query, string how)
    {
        var response = await _client.SearchEntitiesAsync(new SearchEntitiesRequest { Query = query });

        var result = response.Results.First(r => r.Entity.EntityId == Ids.Microsoft);
        Assert.Equal("微软", result.MatchedAlias);
        Assert.Equal(how, result.Match);
    }

    [Fact]
    public async Task Search_PinyinOfANameWithAMiddleDot_FindsThePerson()
    {
        var response = await _client.SearchEntitiesAsync(new SearchEntitiesRequest { Query = "satiya nadela" });

        Assert.Equal(Ids.Satya, response.Results[0].Entity.EntityId);
        Assert.Equal("萨提亚·纳德拉", response.Results[0].MatchedAlias);
    }

    [Fact]
    public async Task Search_ATypo_FindsTheNameBySimilarity_AndSaysSo()
    {
        var response = await _client.SearchEntitiesAsync(new SearchEntitiesRequest { Query = "Microsfot" });

        Assert.Equal(Ids.Microsoft, response.Results[0].Entity.EntityId);
        Assert.Equal("similar", response.Results[0].Match);
    }

    [Fact]
    public async Task Search_TypeFilter_KeepsOnlyThatType()
    {
        var response = await _client.SearchEntitiesAsync(new SearchEntitiesRequest { Query = "soft", Type = EntityType.Product });

        Assert.Equal([Ids.Soft, Ids.Sofa], response.Results.Select(r => r.Entity.EntityId));
    }

    [Fact]
    public async Task Search_PagingThroughSmallPages_ReturnsEveryResultOnceInRankOrder()
    {
        var all = await _client.SearchEntitiesAsync(new SearchEntitiesRequest { Query = "soft", PageSize = 100 });

        var paged = new List<string>();
        var token = "";
        var pages = 0;
        do
        {
            var page = await _client.SearchEntitiesAsync(new SearchEntitiesRequest { Query = "soft", PageSize = 2, PageToken = token });
            Assert.True(page.Results.Count <= 2);
            paged.AddRange(page.Results.Select(r => r.Entity.EntityId));
            token = page.NextPageToken;
            pages++;
        }
        while (token.Length > 0 && pages < 10);

        Assert.Equal(all.Results.Select(r => r.Entity.EntityId), paged);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task Search_EmptyQuery_ListsEveryMentionedEntityOnceAcrossPages()
    {
        var seen = new List<string>();
        var token = "";
        do
        {
            var page = await _client.SearchEntitiesAsync(new SearchEntitiesRequest { PageSize = 4, PageToken = token });
            seen.AddRange(page.Results.Select(r => r.Entity.EntityId));
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal(11, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.DoesNotContain(Ids.Forgotten, seen);
        Assert.Equal(Ids.Microsoft, seen[0]);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    public async Task Search_LikeWildcardsInTheQuery_AreMatchedLiterally(string query)
    {
        var response = await _client.SearchEntitiesAsync(new SearchEntitiesRequest { Query = query });

        Assert.Empty(response.Results);
    }

    [Fact]
    public async Task Search_MalformedPageToken_FailsWithInvalidArgument()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            _client.SearchEntitiesAsync(new SearchEntitiesRequest { Query = "soft", PageToken = "not-a-token!" }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("page_token", ex.Status.Detail);
    }

    [Fact]
    public async Task Search_PageTokenFromAnotherQuery_FailsWithInvalidArgument()
    {
        var first = await _client.SearchEntitiesAsync(new SearchEntitiesRequest { Query = "soft", PageSize = 1 });
        Assert.NotEmpty(first.NextPageToken);

        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            _client.SearchEntitiesAsync(new SearchEntitiesRequest { Query = "micro", PageToken = first.NextPageToken }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
    }

    [Fact]
    public async Task Search_NegativePageSize_FailsWithInvalidArgument()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            _client.SearchEntitiesAsync(new SearchEntitiesRequest { Query = "soft", PageSize = -1 }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
    }

    [Fact]
    public async Task Search_PageSizeAboveTheMaximum_IsCappedNotRejected()
    {
        var response = await _client.SearchEntitiesAsync(new SearchEntitiesRequest { Query = "soft", PageSize = 100_000 });

        Assert.Equal(5, response.Results.Count);
        Assert.Equal("", response.NextPageToken);
    }
}
