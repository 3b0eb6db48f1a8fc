namespace Platform.Documents.Dispatch;

/// <param name="Attempt">The attempt number this claim made; it fences updates against a later re-claim.</param>
/// <param name="TraceParent">The ingestion's W3C trace context, continued by the dispatch.</param>
internal sealed record ClaimedJob(long JobId, Guid DocumentId, int Attempt, string? TraceParent);
