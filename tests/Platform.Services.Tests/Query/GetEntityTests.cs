using Grpc.Core;
using Platform.Query.V1;
using static Platform.Services.Tests.Query.QuerySeedData;

namespace Platform.Services.Tests.Query;

[Collection(QueryServiceCollection.Name)]
public sealed class GetEntityTests(QueryServiceHost host)
{
    private readonly QueryService.QueryServiceClient _client = host.Client;

    [Fact]
    public async Task GetEntity_ChineseAndEnglishName_ReturnTheSameEntity()
    {
        var byChinese = await _client.GetEntityAsync(new GetEntityRequest { Name = "微软" });
        var byEnglish = await _client.GetEntityAsync(new GetEntityRequest { Name = "Microsoft" });

        Assert.Equal(Ids.Microsoft, byChinese.Entity.EntityId);
        Assert.Equal(Ids.Microsoft, byEnglish.Entity.EntityId);
        Assert.Equal("Microsoft", byChinese.Entity.Name);
        Assert.Equal("微软", byChinese.Entity.NameZh);
        Assert.Equal(EntityType.Organization, byChinese.Entity.Type);
    }

    [Theory]
    [InlineData("ｍｉｃｒｏｓｏｆｔ")]
    [InlineData("MICROSOFT")]
    [InlineData("  microsoft  corporation ")]
    [InlineData("msft")]
    public async Task GetEntity_AnyCaseWidthOrSpacingOfAnAlias_FindsTheEntity(string name)
    {
        var response = await _client.GetEntityAsync(new GetEntityRequest { Name = name });

        Assert.Equal(Ids.Microsoft, response.Entity.EntityId);
    }

    [Fact]
    public async Task GetEntity_ListsEveryAliasAndTheStoredCounts()
    {
        var entity = (await _client.GetEntityAsync(new GetEntityRequest { Name = "萨提亚·纳德拉" })).Entity;

        Assert.Equal(Ids.Satya, entity.EntityId);
        Assert.Equal(["Nadella", "Satya Nadella", "萨提亚·纳德拉"], entity.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal(2, entity.MentionCount);
        Assert.Equal(2, entity.DocumentCount);
    }

    [Fact]
    public async Task GetEntity_AliasSharedByTwoEntities_ReturnsTheMoreMentionedOne()
    {
        var response = await _client.GetEntityAsync(new GetEntityRequest { Name = "apple" });

        Assert.Equal(Ids.AppleInc, response.Entity.EntityId);
    }

    [Fact]
    public async Task GetEntity_ById_ReturnsTheEntity()
    {
        var response = await _client.GetEntityAsync(new GetEntityRequest { EntityId = Ids.OpenAi });

        Assert.Equal("OpenAI", response.Entity.Name);
    }

    [Fact]
    public async Task GetEntity_UnknownName_FailsWithNotFoundSuggestingTheClosestNames()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => _client.GetEntityAsync(new GetEntityRequest { Name = "Microsft" }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
        Assert.StartsWith("No entity named \"Microsft\". Did you mean: Microsoft, Microsoft AI", ex.Status.Detail);
    }

    [Fact]
    public async Task GetEntity_UnknownChineseName_SuggestsTheClosestChineseAlias()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => _client.GetEntityAsync(new GetEntityRequest { Name = "微软公司" }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
        Assert.Contains("Did you mean: 微软", ex.Status.Detail);
    }

    [Fact]
    public async Task GetEntity_NameWithNothingClose_FailsWithNotFoundWithoutSuggestions()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => _client.GetEntityAsync(new GetEntityRequest { Name = "Zyxwvut" }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
        Assert.Equal("No entity named \"Zyxwvut\".", ex.Status.Detail);
    }

    [Fact]
    public async Task GetEntity_EntityWhoseDocumentsWereDeleted_IsNotFoundByName()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => _client.GetEntityAsync(new GetEntityRequest { Name = "Microsoft Forgotten" }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }

    [Fact]
    public async Task GetEntity_UnknownId_FailsWithNotFound()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => _client.GetEntityAsync(new GetEntityRequest { EntityId = "q:nobody" }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
        Assert.Contains("q:nobody", ex.Status.Detail);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task GetEntity_EmptyKey_FailsWithInvalidArgument(string? name)
    {
        var request = name is null ? new GetEntityRequest() : new GetEntityRequest { Name = name };

        var ex = await Assert.ThrowsAsync<RpcException>(() => _client.GetEntityAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
    }

    [Theory]
    [InlineData("Micro\0soft")]
    [InlineData("Microsoft\u0007")]
    [InlineData("Micro\u007Fsoft")]
    [InlineData("Microsoft\u0085")]
    [InlineData("Micro\tsoft")]
    public async Task GetEntity_NameWithControlCharacters_FailsWithInvalidArgumentNotUnavailable(string name)
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => _client.GetEntityAsync(new GetEntityRequest { Name = name }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Matches("control character|tab or line break", ex.Status.Detail);
    }

    [Fact]
    public async Task GetEntity_UnknownLongId_QuotesOnlyItsStartInTheMessage()
    {
        var id = "q:" + new string('x', 400);

        var ex = await Assert.ThrowsAsync<RpcException>(() => _client.GetEntityAsync(new GetEntityRequest { EntityId = id }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
        Assert.Contains(id[..50], ex.Status.Detail);
        Assert.DoesNotContain(id, ex.Status.Detail);
    }

    [Fact]
    public async Task SearchEntities_QueryOverTheLengthLimit_FailsWithInvalidArgument()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            _client.SearchEntitiesAsync(new SearchEntitiesRequest { Query = new string('x', 501) }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
    }
}
