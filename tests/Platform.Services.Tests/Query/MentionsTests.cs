using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Query.V1;
using static Platform.Services.Tests.Query.QuerySeedData;

namespace Platform.Services.Tests.Query;

[Collection(QueryServiceCollection.Name)]
public sealed class MentionsTests(QueryServiceHost host)
{
    private readonly QueryService.QueryServiceClient _client = host.Client;

    [Fact]
    public async Task ListMentions_AcrossDocuments_ReturnsEachWithOffsetsSnippetAndTitle()
    {
        var response = await _client.ListMentionsAsync(new ListMentionsRequest { EntityId = Ids.Microsoft });

        Assert.Equal(4, response.Mentions.Count);
        var first = response.Mentions[0];
        Assert.Equal(ReportId.ToString(), first.DocumentId);
        Assert.Equal(Ids.Microsoft, first.EntityId);
        Assert.Equal((0, 2, "微软"), (first.Start, first.End, first.Text));
        Assert.Equal("微软年度报告", first.DocumentTitle);
        Assert.Contains("微软", first.Snippet);
        Assert.All(response.Mentions, m => Assert.Contains(m.Text, m.Snippet));
    }

    [Fact]
    public async Task ListMentions_WithDocumentFilter_ReturnsOnlyThatDocumentsMentions()
    {
        var response = await _client.ListMentionsAsync(new ListMentionsRequest { EntityId = Ids.Microsoft, DocumentId = NewsId.ToString() });

        Assert.Equal(2, response.Mentions.Count);
        Assert.All(response.Mentions, m =>
        {
            Assert.Equal(NewsId.ToString(), m.DocumentId);
            Assert.Equal("Microsoft", m.Text);
            Assert.Equal("Nadella meets OpenAI", m.DocumentTitle);
        });
        Assert.True(response.Mentions[0].Start < response.Mentions[1].Start);
    }

    [Fact]
    public async Task ListMentions_DocumentWithoutEntity_ReturnsEveryEntitysMentionsInTextOrder()
    {
        var response = await _client.ListMentionsAsync(new ListMentionsRequest { DocumentId = ReportId.ToString() });

        Assert.Equal([Ids.Microsoft, Ids.Satya, Ids.Microsoft, Ids.OpenAi, Ids.MicrosoftAi, Ids.Mustafa], response.Mentions.Select(m => m.EntityId));
        Assert.Equal(response.Mentions.Select(m => m.Start).Order(), response.Mentions.Select(m => m.Start));
    }

    [Fact]
    public async Task ListMentions_NeitherEntityNorDocument_FailsWithInvalidArgumentNamingBoth()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => _client.ListMentionsAsync(new ListMentionsRequest()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("entity_id", ex.Status.Detail);
        Assert.Contains("document_id", ex.Status.Detail);
    }

    [Fact]
    public async Task ListMentions_UnknownDocumentWithoutEntity_FailsWithNotFound()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            _client.ListMentionsAsync(new ListMentionsRequest { DocumentId = Guid.NewGuid().ToString() }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }

    [Fact]
    public async Task ListMentions_PagingOneByOne_ReturnsEveryMentionOnce()
    {
        var seen = new List<(string, int)>();
        var token = "";
        var pages = 0;
        do
        {
            var page = await _client.ListMentionsAsync(new ListMentionsRequest { EntityId = Ids.Microsoft, PageSize = 1, PageToken = token });
            seen.AddRange(page.Mentions.Select(m => (m.DocumentId, m.Start)));
            token = page.NextPageToken;
            pages++;
        }
        while (token.Length > 0 && pages < 10);

        Assert.Equal(4, seen.Count);
        Assert.Equal(4, seen.Distinct().Count());
    }

    [Fact]
    public async Task ListMentions_PageTokenForAnotherEntity_FailsWithInvalidArgument()
    {
        var first = await _client.ListMentionsAsync(new ListMentionsRequest { EntityId = Ids.Microsoft, PageSize = 1 });

        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            _client.ListMentionsAsync(new ListMentionsRequest { EntityId = Ids.OpenAi, PageToken = first.NextPageToken }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
    }

    [Fact]
    public async Task ListMentions_UnknownEntity_FailsWithNotFound()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            _client.ListMentionsAsync(new ListMentionsRequest { EntityId = "q:nobody" }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }

    [Fact]
    public async Task ListMentions_MalformedDocumentId_FailsWithInvalidArgument()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            _client.ListMentionsAsync(new ListMentionsRequest { EntityId = Ids.Microsoft, DocumentId = "report" }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
    }

    [Fact]
    public async Task ListMentions_ToBound_KeepsOnlyDocumentsDatedBeforeIt()
    {
        var response = await _client.ListMentionsAsync(new ListMentionsRequest
        {
            EntityId = Ids.Microsoft,
            To = Timestamp.FromDateTimeOffset(ReportPublishedAt.AddDays(1)),
        });

        // The report is published 2024-11-03; the news is dated by its ingestion, today.
        Assert.Equal(2, response.Mentions.Count);
        Assert.All(response.Mentions, m => Assert.Equal(ReportId.ToString(), m.DocumentId));
    }

    [Fact]
    public async Task ListMentions_FromBound_LeavesOutEarlierDocuments_AlsoForADocumentsMentions()
    {
        var from = Timestamp.FromDateTimeOffset(ReportPublishedAt.AddDays(1));

        var byEntity = await _client.ListMentionsAsync(new ListMentionsRequest { EntityId = Ids.Microsoft, From = from });
        var byDocument = await _client.ListMentionsAsync(new ListMentionsRequest { DocumentId = ReportId.ToString(), From = from });

        Assert.Equal(2, byEntity.Mentions.Count);
        Assert.All(byEntity.Mentions, m => Assert.Equal(NewsId.ToString(), m.DocumentId));
        Assert.Empty(byDocument.Mentions);
    }

    [Fact]
    public async Task ListMentions_PageTokenOfAnotherPeriod_FailsWithInvalidArgument()
    {
        var first = await _client.ListMentionsAsync(new ListMentionsRequest { EntityId = Ids.Microsoft, PageSize = 1 });

        var ex = await Assert.ThrowsAsync<RpcException>(() => _client.ListMentionsAsync(new ListMentionsRequest
        {
            EntityId = Ids.Microsoft,
            PageToken = first.NextPageToken,
            From = Timestamp.FromDateTimeOffset(ReportPublishedAt),
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
    }

    [Fact]
    public async Task ListMentions_FromNotBeforeTo_FailsWithInvalidArgument()
    {
        var at = Timestamp.FromDateTimeOffset(ReportPublishedAt);

        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            _client.ListMentionsAsync(new ListMentionsRequest { EntityId = Ids.Microsoft, From = at, To = at }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("before", ex.Status.Detail);
    }

    [Fact]
    public async Task StreamMentions_WithBounds_StreamsWhatListMentionsLists()
    {
        var to = Timestamp.FromDateTimeOffset(ReportPublishedAt.AddDays(1));
        using var call = _client.StreamMentions(new StreamMentionsRequest { EntityId = Ids.Microsoft, To = to });

        var streamed = new List<Mention>();
        await foreach (var mention in call.ResponseStream.ReadAllAsync())
        {
            streamed.Add(mention);
        }

        var listed = await _client.ListMentionsAsync(new ListMentionsRequest { EntityId = Ids.Microsoft, To = to });
        Assert.Equal(2, streamed.Count);
        Assert.Equal(listed.Mentions, streamed);
    }

    [Fact]
    public async Task StreamMentions_StreamsEveryMention()
    {
        using var call = _client.StreamMentions(new StreamMentionsRequest { EntityId = Ids.Microsoft });

        var streamed = new List<Mention>();
        await foreach (var mention in call.ResponseStream.ReadAllAsync())
        {
            streamed.Add(mention);
        }

        var listed = await _client.ListMentionsAsync(new ListMentionsRequest { EntityId = Ids.Microsoft });
        Assert.Equal(listed.Mentions, streamed);
    }

    [Fact]
    public async Task StreamMentions_UnknownEntity_FailsWithNotFound()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            using var call = _client.StreamMentions(new StreamMentionsRequest { EntityId = "q:nobody" });
            await foreach (var _ in call.ResponseStream.ReadAllAsync())
            {
            }
        });

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }
}
