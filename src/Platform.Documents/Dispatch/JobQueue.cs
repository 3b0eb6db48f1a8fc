using Microsoft.EntityFrameworkCore;
using Platform.Storage;
using Platform.Storage.Entities;

namespace Platform.Documents.Dispatch;

/// <summary>The outbox table as a queue: claim due jobs under a lease, then settle each one.</summary>
internal sealed class JobQueue(IServiceScopeFactory scopes)
{
    /// <summary>
    /// Claims up to <paramref name="limit"/> due jobs: pending ones, and running ones whose lease expired
    /// (their dispatcher died). Claiming sets the lease and marks the documents RUNNING, in one transaction;
    /// SKIP LOCKED lets several dispatchers share the table.
    /// </summary>
    public async Task<IReadOnlyList<ClaimedJob>> ClaimAsync(int limit, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var leaseSeconds = lease.TotalSeconds;
            var claimed = await db.Database.SqlQuery<ClaimRow>(
                $"""
                UPDATE extraction_jobs AS j
                SET state = {(int)ExtractionJobState.Running}, attempts = j.attempts + 1,
                    next_attempt_at = now() + make_interval(secs => {leaseSeconds}), updated_at = now()
                FROM (
                    SELECT id FROM extraction_jobs
                    WHERE state IN ({(int)ExtractionJobState.Pending}, {(int)ExtractionJobState.Running}) AND next_attempt_at <= now()
                    ORDER BY next_attempt_at
                    LIMIT {limit}
                    FOR UPDATE SKIP LOCKED
                ) AS due
                WHERE j.id = due.id
                RETURNING j.id AS "JobId", j.document_id AS "DocumentId", j.attempts AS "Attempt", j.trace_parent AS "TraceParent"
                """).ToListAsync(cancellationToken);
            if (claimed.Count > 0)
            {
                var documentIds = claimed.Select(c => c.DocumentId).ToArray();
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""
                    UPDATE documents SET extraction_status = {(int)ExtractionStatus.Running}, extraction_error = NULL, updated_at = now()
                    WHERE id = ANY({documentIds}) AND extraction_status <> {(int)ExtractionStatus.Running}
                    """,
                    cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return claimed.Select(c => new ClaimedJob(c.JobId, c.DocumentId, c.Attempt, c.TraceParent)).ToList();
        });
    }

    /// <summary>
    /// Hands the job back for another attempt at <paramref name="retryAt"/>; the document goes back to PENDING. A job the
    /// extraction service settled meanwhile (it stored the results, and the answer was lost) stays done.
    /// </summary>
    public Task RetryLaterAsync(ClaimedJob job, DateTimeOffset retryAt, string error, CancellationToken cancellationToken) =>
        ExecuteInTransactionAsync(async db =>
        {
            var updated = await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                UPDATE extraction_jobs SET state = {(int)ExtractionJobState.Pending}, next_attempt_at = {retryAt},
                    last_error = {error}, updated_at = now()
                WHERE id = {job.JobId} AND attempts = {job.Attempt} AND state = {(int)ExtractionJobState.Running}
                """,
                cancellationToken);
            if (updated == 1)
            {
                var waiting = $"attempt {job.Attempt} failed ({error}); retried at {retryAt:u}";
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""
                    UPDATE documents SET extraction_status = {(int)ExtractionStatus.Pending}, extraction_error = {waiting}, updated_at = now()
                    WHERE id = {job.DocumentId} AND extraction_status = {(int)ExtractionStatus.Running}
                    """,
                    cancellationToken);
            }
        }, cancellationToken);

    /// <summary>Gives up: the job and the document are FAILED, with the error on the document.</summary>
    public Task FailAsync(ClaimedJob job, string error, CancellationToken cancellationToken) =>
        ExecuteInTransactionAsync(async db =>
        {
            var updated = await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                UPDATE extraction_jobs SET state = {(int)ExtractionJobState.Failed}, last_error = {error}, updated_at = now()
                WHERE id = {job.JobId} AND attempts = {job.Attempt} AND state = {(int)ExtractionJobState.Running}
                """,
                cancellationToken);
            if (updated == 1)
            {
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""
                    UPDATE documents SET extraction_status = {(int)ExtractionStatus.Failed}, extraction_error = {error}, updated_at = now()
                    WHERE id = {job.DocumentId}
                    """,
                    cancellationToken);
            }
        }, cancellationToken);

    /// <summary>
    /// Queues the documents for extraction again, due now, inside the caller's transaction; their status goes back to
    /// PENDING. The attempt count starts over, so a dispatch still in flight settles nothing and the job runs again.
    /// </summary>
    public static async Task RequeueAsync(PlatformDbContext db, IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken)
    {
        if (documentIds.Count == 0)
        {
            return;
        }
        var ids = documentIds.ToArray();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE extraction_jobs SET state = {(int)ExtractionJobState.Pending}, attempts = 0, next_attempt_at = now(),
                last_error = NULL, updated_at = now()
            WHERE document_id = ANY({ids})
            """,
            cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE documents SET extraction_status = {(int)ExtractionStatus.Pending}, extraction_error = NULL, updated_at = now()
            WHERE id = ANY({ids})
            """,
            cancellationToken);
    }

    /// <summary>Pending jobs waiting out a back-off become due now (the extraction service is back); how many.</summary>
    public async Task<int> MakeWaitingJobsDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(() => db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE extraction_jobs SET next_attempt_at = now(), updated_at = now()
            WHERE state = {(int)ExtractionJobState.Pending} AND next_attempt_at > now()
            """,
            cancellationToken));
    }

    /// <summary>When the next job becomes due, if any is waiting.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return await db.ExtractionJobs.AsNoTracking()
            .Where(j => j.State == ExtractionJobState.Pending || j.State == ExtractionJobState.Running)
            .MinAsync(j => (DateTimeOffset?)j.NextAttemptAt, cancellationToken);
    }

    private async Task ExecuteInTransactionAsync(Func<PlatformDbContext, Task> action, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await action(db);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    private sealed record ClaimRow(long JobId, Guid DocumentId, int Attempt, string? TraceParent);
}
