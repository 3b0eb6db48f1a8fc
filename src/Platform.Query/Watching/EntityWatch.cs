using System.Threading.Channels;
using Platform.Contracts.Rpc;
using Platform.Query.V1;

namespace Platform.Query.Watching;

/// <summary>
/// One open WatchEntity stream: the notices waiting for its client, and the mentions it has sent, so that a document
/// extracted again (a retried job, an operator's re-extraction) sends only mentions the stream has not sent before.
/// </summary>
internal sealed class EntityWatch : IDisposable
{
    private readonly EntityWatchHub _hub;
    private readonly WatchOptions _options;
    private readonly Channel<EntityNotice> _notices;
    // Touched only by the hub's single dispatch loop.
    private readonly Dictionary<Guid, HashSet<(int Start, int End)>> _sent = [];
    private readonly Queue<Guid> _sentOrder = new();

    public EntityWatch(EntityWatchHub hub, string entityId, DateTimeOffset openedAt, WatchOptions options)
    {
        _hub = hub;
        _options = options;
        EntityId = entityId;
        OpenedAt = openedAt;
        _notices = Channel.CreateBounded<EntityNotice>(new BoundedChannelOptions(options.BufferedNotices) { SingleReader = true, SingleWriter = true });
    }

    public string EntityId { get; }

    /// <summary>When the watch began, by the database's clock: documents extracted earlier are not news to it.</summary>
    public DateTimeOffset OpenedAt { get; }

    public IAsyncEnumerable<EntityNotice> ReadAllAsync(CancellationToken cancellationToken) => _notices.Reader.ReadAllAsync(cancellationToken);

    /// <summary>Queues a notice of the mentions not sent before; ends the watch when its client has fallen too far behind.</summary>
    public void Offer(Guid documentId, IEnumerable<Mention> mentions)
    {
        if (!_sent.TryGetValue(documentId, out var sent))
        {
            sent = [];
        }
        var notice = new EntityNotice { EntityId = EntityId, DocumentId = documentId.ToString() };
        notice.Mentions.AddRange(mentions.Where(m => !sent.Contains((m.Start, m.End))));
        if (notice.Mentions.Count == 0)
        {
            return;
        }
        notice.DocumentTitle = notice.Mentions[0].DocumentTitle;
        if (!_notices.Writer.TryWrite(notice))
        {
            End(RpcErrors.ResourceExhausted(
                $"This watch fell {_options.BufferedNotices} notices behind the documents being extracted and was ended; read faster or watch again."));
            return;
        }
        Remember(documentId, sent, notice.Mentions);
    }

    public void End(Exception? error = null) => _notices.Writer.TryComplete(error);

    public void Dispose() => _hub.Unsubscribe(this);

    private void Remember(Guid documentId, HashSet<(int Start, int End)> sent, IEnumerable<Mention> mentions)
    {
        if (_sent.TryAdd(documentId, sent))
        {
            _sentOrder.Enqueue(documentId);
            if (_sentOrder.Count > _options.RememberedDocuments)
            {
                _sent.Remove(_sentOrder.Dequeue());
            }
        }
        sent.UnionWith(mentions.Select(m => (m.Start, m.End)));
    }
}
