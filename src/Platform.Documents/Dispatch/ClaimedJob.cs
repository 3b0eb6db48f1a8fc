namespace Platform.Documents.Dispatch;

/// <param name="Attempt">The attempt number this claim made; it fences updates against a later re-claim.</param>
internal sealed record ClaimedJob(long JobId, Guid DocumentId, int Attempt);
