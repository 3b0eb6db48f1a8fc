using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Query.V1;
using static Platform.Services.Tests.Query.QuerySeedData;

namespace Platform.Services.Tests.Query;

[Collection(QueryServiceCollection.Name)]
public sealed class EntityTimelineTests(QueryServiceHost host)
{
    private readonly QueryService.QueryServiceClient _client = host.Client;

    [Fact]
    public async Task Timeline_CountsMentionsPerDayOfTheDocumentsDate_PublishedElseIngested()
    {
        var timeline = await _client.GetEntityTimelineAsync(new GetEntityTimelineRequest { EntityId = Ids.Microsoft });

        // The report (published 2024-11-03) mentions 微软 twice; the news, dated by its ingestion, twice.
        Assert.Equal("2024-11-03", timeline.Days[0].Date);
        Assert.Equal(2, timeline.Days[0].MentionCount);
        Assert.Equal(1, timeline.Days[0].DocumentCount);
        Assert.Equal(4, timeline.Days.Sum(d => d.MentionCount));
        Assert.Equal(ReportPublishedAt, timeline.FirstSeen.ToDateTimeOffset());
        Assert.True(timeline.LastSeen.ToDateTimeOffset() > ReportPublishedAt);
    }

    [Fact]
    public async Task Timeline_FromBound_LeavesOutEarlierDocuments()
    {
        var timeline = await _client.GetEntityTimelineAsync(new GetEntityTimelineRequest
        {
            EntityId = Ids.Microsoft,
            From = Timestamp.FromDateTimeOffset(ReportPublishedAt.AddDays(1)),
        });

        Assert.DoesNotContain(timeline.Days, d => d.Date == "2024-11-03");
        Assert.Equal(2, timeline.Days.Sum(d => d.MentionCount));
    }

    [Fact]
    public async Task Timeline_BoundsThatLeaveNothing_AreEmptyNotAnError()
    {
        var timeline = await _client.GetEntityTimelineAsync(new GetEntityTimelineRequest
        {
            EntityId = Ids.Microsoft,
            From = Timestamp.FromDateTimeOffset(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            To = Timestamp.FromDateTimeOffset(new DateTimeOffset(2000, 1, 2, 0, 0, 0, TimeSpan.Zero)),
        });

        Assert.Empty(timeline.Days);
        Assert.Null(timeline.FirstSeen);
    }

    [Fact]
    public async Task Timeline_UnknownEntity_IsNotFound()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            _client.GetEntityTimelineAsync(new GetEntityTimelineRequest { EntityId = "q:no-such-entity" }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }

    [Fact]
    public async Task Timeline_FromNotBeforeTo_IsInvalidArgument()
    {
        var at = Timestamp.FromDateTimeOffset(ReportPublishedAt);
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            _client.GetEntityTimelineAsync(new GetEntityTimelineRequest { EntityId = Ids.Microsoft, From = at, To = at }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("before", ex.Status.Detail);
    }
}
