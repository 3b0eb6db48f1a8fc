using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.AppHost.Tests.Infrastructure;

namespace Platform.AppHost.Tests.EndToEnd;

/// <summary>The JSON API on the front door, as curl or a browser calls it: every route reaches its service.</summary>
[Collection(PlatformAppCollection.Name)]
public sealed class FrontDoorJsonTests(PlatformAppFixture stack) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = stack.FrontDoorAddress, Timeout = TimeSpan.FromSeconds(30) };

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Lookup_ByChineseOrEnglishName_IsTheSameEntity()
    {
        var chinese = await GetJsonAsync("/v1/entities:lookup?name=" + Uri.EscapeDataString("微软"));
        var english = await GetJsonAsync("/v1/entities:lookup?name=Microsoft");

        Assert.Equal(english.GetProperty("entity").GetProperty("entityId").GetString(), chinese.GetProperty("entity").GetProperty("entityId").GetString());
        Assert.Equal("ENTITY_TYPE_ORGANIZATION", english.GetProperty("entity").GetProperty("type").GetString());
    }

    [Fact]
    public async Task EntityById_ItsMentions_Relations_AndTimeline_AreServed()
    {
        var entityId = await MicrosoftIdAsync();
        var path = "/v1/entities/" + Uri.EscapeDataString(entityId);

        var entity = await GetJsonAsync(path);
        var mentions = await GetJsonAsync(path + "/mentions?pageSize=5");
        var related = await GetJsonAsync(path + "/related?limit=5");
        var timeline = await GetJsonAsync(path + "/timeline");

        Assert.Equal(entityId, entity.GetProperty("entity").GetProperty("entityId").GetString());
        Assert.InRange(mentions.GetProperty("mentions").GetArrayLength(), 1, 5);
        Assert.All(mentions.GetProperty("mentions").EnumerateArray(), m => Assert.Equal(entityId, m.GetProperty("entityId").GetString()));
        Assert.True(related.GetProperty("related").GetArrayLength() > 0);
        Assert.Equal(entity.GetProperty("entity").GetProperty("mentionCount").GetInt32(),
            timeline.GetProperty("days").EnumerateArray().Sum(d => d.GetProperty("mentionCount").GetInt32()));
    }

    [Fact]
    public async Task Mentions_WithinAPeriod_LeaveOutDocumentsDatedOutsideIt()
    {
        var path = "/v1/entities/" + Uri.EscapeDataString(await MicrosoftIdAsync()) + "/mentions?pageSize=5";

        var untilNow = await GetJsonAsync(path + "&to=2999-01-01T00:00:00Z");
        var future = await GetJsonAsync(path + "&from=2999-01-01T00:00:00Z");

        Assert.InRange(untilNow.GetProperty("mentions").GetArrayLength(), 1, 5);
        Assert.False(future.TryGetProperty("mentions", out var none) && none.GetArrayLength() > 0);
    }

    [Fact]
    public async Task Path_BetweenTwoEntities_HasASentenceAndDocumentForEachHop()
    {
        var path = await GetJsonAsync("/v1/paths:find?fromEntityId=satya-nadella&toEntityId=openai");

        var entities = path.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("entityId").GetString()).ToList();
        Assert.Equal("satya-nadella", entities[0]);
        Assert.Equal("openai", entities[^1]);
        Assert.Equal(entities.Count - 1, path.GetProperty("hops").GetArrayLength());
        Assert.All(path.GetProperty("hops").EnumerateArray(), hop =>
        {
            Assert.False(string.IsNullOrEmpty(hop.GetProperty("evidence").GetString()));
            Assert.True(Guid.TryParse(hop.GetProperty("documentId").GetString(), out _));
        });
    }

    [Fact]
    public async Task Neighbourhood_ToDepthTwo_HasEveryNodesEdgesWithTheirSentences()
    {
        var graph = await GetJsonAsync("/v1/entities/satya-nadella/neighbourhood?depth=2&includeCoOccurrence=true");

        var nodes = graph.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal("satya-nadella", nodes[0].GetProperty("entity").GetProperty("entityId").GetString());
        Assert.Contains(nodes, n => n.GetProperty("depth").GetInt32() == 2);
        var ids = nodes.Select(n => n.GetProperty("entity").GetProperty("entityId").GetString()).ToHashSet();
        Assert.All(graph.GetProperty("edges").EnumerateArray(), edge =>
        {
            Assert.Contains(edge.GetProperty("subjectEntityId").GetString(), ids);
            Assert.Contains(edge.GetProperty("objectEntityId").GetString(), ids);
            Assert.NotEmpty(edge.GetProperty("evidence").EnumerateArray());
        });
    }

    [Fact]
    public async Task Watch_OverHttp_StreamsANoticeForADocumentPostedAfterItStarted()
    {
        using var watching = new HttpClient { BaseAddress = stack.FrontDoorAddress, Timeout = Timeout.InfiniteTimeSpan };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var watch = await watching.GetAsync("/v1/entities/openai:watch", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, watch.StatusCode);

        using var posted = await _http.PostAsJsonAsync("/v1/documents", new { content = $"OpenAI answered the watch. {Guid.NewGuid()}" });
        var documentId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documentId").GetString();

        // One JSON object per line; documents other tests stored may be announced first.
        using var lines = new StreamReader(await watch.Content.ReadAsStreamAsync(timeout.Token));
        JsonElement notice;
        do
        {
            notice = JsonDocument.Parse((await lines.ReadLineAsync(timeout.Token))!).RootElement;
        }
        while (notice.GetProperty("documentId").GetString() != documentId);
        Assert.Equal("OpenAI", notice.GetProperty("mentions")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Search_ByTypeAndPrefix_SaysWhichAliasMatched()
    {
        var response = await GetJsonAsync("/v1/entities:search?query=micro&type=ENTITY_TYPE_ORGANIZATION");

        var first = response.GetProperty("results")[0];
        Assert.StartsWith("micro", first.GetProperty("matchedAlias").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("ENTITY_TYPE_ORGANIZATION", first.GetProperty("entity").GetProperty("type").GetString());
    }

    [Fact]
    public async Task PostedDocument_IsListed_ReadBack_ThenExtractedAndItsEntitiesListed()
    {
        var content = $"Satya Nadella spoke about Copilot in Redmond. {Guid.NewGuid()}";
        using var posted = await _http.PostAsJsonAsync("/v1/documents", new { content, title = "Posted over HTTP" });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var documentId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documentId").GetString()!;

        var document = await GetJsonAsync($"/v1/documents/{documentId}?includeContent=true");
        Assert.Equal(content, document.GetProperty("document").GetProperty("content").GetString());
        var listed = await GetJsonAsync("/v1/documents?pageSize=100");
        Assert.Contains(listed.GetProperty("documents").EnumerateArray(), d => d.GetProperty("documentId").GetString() == documentId);

        await ExtractionWaiter.AssertSucceedsAsync(stack, documentId);
        var entities = await GetJsonAsync($"/v1/documents/{documentId}/entities");
        Assert.Contains(entities.GetProperty("entities").EnumerateArray(), e => e.GetProperty("entity").GetProperty("name").GetString() == "Satya Nadella");
    }

    [Fact]
    public async Task Extract_OverHttp_ReturnsMentionsWithoutStoring()
    {
        using var response = await _http.PostAsJsonAsync("/v1/text:extract", new { text = "OpenAI 的首席执行官山姆·奥特曼" });
        response.EnsureSuccessStatusCode();

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(body.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("text").GetString() == "OpenAI");
    }

    [Fact]
    public async Task Rename_OverHttp_HoldsAtOnce_IsListedWithWhoAndWhy_AndUndoGivesTheNameBack()
    {
        using var renamed = await _http.PostAsJsonAsync("/v1/entities/nvidia:rename",
            new { name = "NVIDIA Corporation", actor = "front-door-test", reason = "Legal name in reports." });
        var change = await renamed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(renamed.IsSuccessStatusCode, change.ToString());
        var curationId = change.GetProperty("curationId").GetRawText().Trim('"');

        // The query service's cache learns of the change from the database's notification, a moment after the commit.
        Assert.Equal("NVIDIA Corporation", await EntityNameOnceAsync("nvidia", "NVIDIA Corporation"));
        var listed = await GetJsonAsync("/v1/curations?entityId=nvidia");
        using var undone = await _http.PostAsJsonAsync($"/v1/curations/{curationId}:undo", new { actor = "front-door-test", reason = "Test over." });
        var previous = change.GetProperty("previousName").GetString()!;

        var record = Assert.Single(listed.GetProperty("curations").EnumerateArray());
        Assert.Equal("CURATION_ACTION_RENAME", record.GetProperty("action").GetString());
        Assert.Equal("Legal name in reports.", record.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        Assert.Equal(previous, await EntityNameOnceAsync("nvidia", previous));
    }

    /// <summary>The entity's name once it reads <paramref name="expected"/>, or as it reads after 10 s.</summary>
    private async Task<string?> EntityNameOnceAsync(string entityId, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var name = (await GetJsonAsync("/v1/entities/" + entityId)).GetProperty("entity").GetProperty("name").GetString();
            if (name == expected || DateTime.UtcNow > deadline)
            {
                return name;
            }
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Merge_OverHttpWithoutAReason_IsBadRequestSayingWhatIsMissing()
    {
        using var response = await _http.PostAsJsonAsync("/v1/entities/openai:merge", new { targetEntityId = "microsoft", actor = "front-door-test" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reason is required", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("/v1/documents/not-a-document-id", HttpStatusCode.BadRequest)]
    [InlineData("/v1/entities/ent%3Ano-such-entity", HttpStatusCode.NotFound)]
    [InlineData("/v1/entities:lookup?name=", HttpStatusCode.BadRequest)]
    [InlineData("/v1/entities/microsoft/mentions?from=2025-01-02T00:00:00Z&to=2025-01-01T00:00:00Z", HttpStatusCode.BadRequest)]
    public async Task BadRequests_AreTheirHttpStatus_WithTheServicesMessage(string path, HttpStatusCode expected)
    {
        using var response = await _http.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        var status = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(status.GetProperty("message").GetString()));
    }

    [Theory]
    [InlineData("documents", "/v1/documents")]
    [InlineData("query", "/v1/entities:search")]
    [InlineData("extraction", "/v1/text:extract")]
    [InlineData("documents", "/v1/entities/{sourceEntityId}:merge")]
    [InlineData("documents", "/v1/curations")]
    public async Task OpenApi_DescribesEachServicesRoutes(string service, string route)
    {
        var document = await GetJsonAsync($"/openapi/{service}.json");

        Assert.True(document.GetProperty("paths").TryGetProperty(route, out _), $"{route} is not in /openapi/{service}.json");
    }

    [Fact]
    public async Task Root_ServesTheExplorer()
    {
        var page = await _http.GetStringAsync("/");

        Assert.Contains("<title>Platform explorer</title>", page);
    }

    private async Task<string> MicrosoftIdAsync() =>
        (await GetJsonAsync("/v1/entities:lookup?name=Microsoft")).GetProperty("entity").GetProperty("entityId").GetString()!;

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
