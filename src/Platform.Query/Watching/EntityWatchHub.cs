using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Contracts.Rpc;
using Platform.Query.Queries;
using Platform.Storage;
using Platform.Storage.Entities;

namespace Platform.Query.Watching;

/// <summary>
/// Fans the extraction service's "document extracted" notifications out to the open watches: one statement per
/// extracted document reads the mentions of every watched entity in it, and each watch gets its entity's.
/// The notifications arrive through the <see cref="Caching.GraphChangeListener"/>'s connection; documents extracted
/// while it was down are found again from their extraction time once it is back.
/// </summary>
internal sealed partial class EntityWatchHub(IServiceScopeFactory scopes, IOptions<WatchOptions> options, ILogger<EntityWatchHub> logger)
    : BackgroundService
{
    // Notifications lost with the listener's connection are looked for this far before the loss was noticed.
    private static readonly TimeSpan CatchUpMargin = TimeSpan.FromMinutes(1);

    // A document to dispatch, with its extraction time when it comes from a catch-up (else it is news to every watch).
    private readonly Channel<(Guid DocumentId, DateTimeOffset? ExtractedAt)> _extracted =
        Channel.CreateUnbounded<(Guid, DateTimeOffset?)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private readonly List<EntityWatch> _watches = [];
    private DateTimeOffset? _listenerLostAt;

    /// <exception cref="Grpc.Core.RpcException">RESOURCE_EXHAUSTED when the service holds its maximum of watches.</exception>
    /// <param name="openedAt">The database's clock at the start of the watch.</param>
    public EntityWatch Subscribe(string entityId, DateTimeOffset openedAt)
    {
        lock (_gate)
        {
            if (_watches.Count >= options.Value.MaxWatches)
            {
                throw RpcErrors.ResourceExhausted(
                    $"This service already holds {options.Value.MaxWatches} watches (Platform:Query:Watch:MaxWatches); close one or try again later.");
            }
            var watch = new EntityWatch(this, entityId, openedAt, options.Value);
            _watches.Add(watch);
            return watch;
        }
    }

    public void Unsubscribe(EntityWatch watch)
    {
        lock (_gate)
        {
            _watches.Remove(watch);
        }
    }

    public void DocumentExtracted(Guid documentId) => _extracted.Writer.TryWrite((documentId, null));

    public void ListenerLost()
    {
        lock (_gate)
        {
            _listenerLostAt ??= DateTimeOffset.UtcNow;
        }
    }

    /// <summary>
    /// The listener subscribed again: every document extracted since shortly before the loss is dispatched again, to the
    /// watches that were open when it was extracted.
    /// </summary>
    public async Task ListenerResumedAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset lostAt;
        lock (_gate)
        {
            if (_listenerLostAt is not { } at)
            {
                return;
            }
            lostAt = at;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var since = lostAt - CatchUpMargin;
        var documents = await db.Documents.AsNoTracking()
            .Where(d => d.ExtractionStatus == ExtractionStatus.Succeeded && d.UpdatedAt >= since)
            .OrderBy(d => d.UpdatedAt)
            .Select(d => new { d.Id, d.UpdatedAt })
            .ToListAsync(cancellationToken);
        LogCatchingUp(documents.Count, since);
        foreach (var document in documents)
        {
            _extracted.Writer.TryWrite((document.Id, document.UpdatedAt));
        }
        // Only now: had the look-up failed, the next time the listener is back would look again from the same loss.
        lock (_gate)
        {
            if (_listenerLostAt == lostAt)
            {
                _listenerLostAt = null;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (documentId, extractedAt) in _extracted.Reader.ReadAllAsync(stoppingToken))
            {
                EntityWatch[] watches;
                lock (_gate)
                {
                    watches = [.. _watches.Where(w => extractedAt is not { } at || w.OpenedAt <= at)];
                }
                if (watches.Length > 0)
                {
                    await DispatchAsync(documentId, watches, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        EndAll(error: null);
        await base.StopAsync(cancellationToken);
    }

    private async Task DispatchAsync(Guid documentId, EntityWatch[] watches, CancellationToken cancellationToken)
    {
        IReadOnlyList<V1.Mention> mentions;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var queries = scope.ServiceProvider.GetRequiredService<MentionQueries>();
            mentions = await queries.ListInDocumentAsync(documentId, [.. watches.Select(w => w.EntityId).Distinct()], cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Dropping the document silently would break the promise of a notice per document: end the watches instead.
            LogDispatchFailed(documentId, ex.Message);
            EndAll(RpcErrors.Unavailable($"The database could not be read for document {documentId}; watch again."));
            return;
        }
        foreach (var watch in watches)
        {
            watch.Offer(documentId, mentions.Where(m => m.EntityId == watch.EntityId));
        }
    }

    private void EndAll(Exception? error)
    {
        lock (_gate)
        {
            foreach (var watch in _watches)
            {
                watch.End(error);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watches: looking again at {Count} documents extracted since {Since:O}, while change notifications were lost")]
    private partial void LogCatchingUp(int count, DateTimeOffset since);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watches ended: the mentions of document {DocumentId} could not be read: {Error}")]
    private partial void LogDispatchFailed(Guid documentId, string error);
}
