using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Platform.Query.V1;
using Platform.Storage;

namespace Platform.Query.Queries;

/// <summary>When an entity appears: its mentions per UTC day of the documents' dates, in one statement.</summary>
internal sealed class EntityTimelineQuery(PlatformDbContext db)
{
    public Task<GetEntityTimelineResponse> ReadAsync(string entityId, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken) =>
        db.QueryAsync(ReadStatements.EntityTimeline, async reader =>
        {
            var response = new GetEntityTimelineResponse { EntityId = entityId };
            DateTimeOffset? first = null, last = null;
            while (await reader.ReadAsync(cancellationToken))
            {
                response.Days.Add(new TimelineDay
                {
                    Date = reader.GetFieldValue<DateOnly>(0).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    MentionCount = (int)reader.GetInt64(1),
                    DocumentCount = (int)reader.GetInt64(2),
                });
                first ??= reader.GetFieldValue<DateTimeOffset>(3);
                last = reader.GetFieldValue<DateTimeOffset>(4);
            }
            response.FirstSeen = first is { } f ? Timestamp.FromDateTimeOffset(f) : null;
            response.LastSeen = last is { } l ? Timestamp.FromDateTimeOffset(l) : null;
            return response;
        }, cancellationToken, entityId, from, to);
}
