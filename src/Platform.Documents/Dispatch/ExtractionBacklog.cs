using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Storage;
using Platform.Storage.Entities;

namespace Platform.Documents.Dispatch;

/// <summary>
/// How many documents wait for extraction, so that ingestion pushes back when extraction falls behind instead of
/// letting the queue grow without bound. Counted in the database at most once a second; documents this instance
/// queues in between are added as they come, so a burst cannot overshoot the limit.
/// </summary>
internal sealed class ExtractionBacklog(IServiceScopeFactory scopes, IOptionsMonitor<IngestionOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan RecountEvery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _recount = new(1, 1);
    private long _queued;
    private DateTimeOffset _countedAt = DateTimeOffset.MinValue;

    /// <exception cref="RpcException">RESOURCE_EXHAUSTED, with a <c>retry-after</c> trailer in seconds, while the queue is full.</exception>
    public async Task RequireRoomAsync(CancellationToken cancellationToken)
    {
        if (clock.GetUtcNow() - _countedAt > RecountEvery)
        {
            await RecountAsync(cancellationToken);
        }
        var limit = options.CurrentValue.MaxQueuedExtractions;
        var queued = Interlocked.Read(ref _queued);
        if (queued >= limit)
        {
            throw RetryLater.Exhausted(RetryAfter,
                $"{queued:N0} documents wait for extraction (the limit is {limit:N0}); nothing was stored. Send it again in {RetryAfter.TotalSeconds:N0} seconds.");
        }
    }

    public void Queued() => Interlocked.Increment(ref _queued);

    private async Task RecountAsync(CancellationToken cancellationToken)
    {
        await _recount.WaitAsync(cancellationToken);
        try
        {
            if (clock.GetUtcNow() - _countedAt <= RecountEvery)
            {
                return;
            }
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var count = await db.ExtractionJobs.CountAsync(j => j.State == ExtractionJobState.Pending || j.State == ExtractionJobState.Running, cancellationToken);
            Interlocked.Exchange(ref _queued, count);
            _countedAt = clock.GetUtcNow();
        }
        finally
        {
            _recount.Release();
        }
    }
}
