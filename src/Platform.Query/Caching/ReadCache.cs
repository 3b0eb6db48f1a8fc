using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Google.Protobuf;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Platform.Query.Caching;

/// <summary>
/// Answers to reads, kept in memory while nothing they are built from has changed. Exactness comes from
/// <see cref="GraphChangeListener"/>: every committed write notifies it, and each notification starts a new
/// generation, so no answer loaded before a write is served after the notification. Until the listener is
/// subscribed (at start-up, and whenever its connection is lost) every read goes to the database.
/// </summary>
internal sealed class ReadCache : IDisposable
{
    // An answer that is not a protobuf message (a list of suggestions) counts as this many bytes.
    private const int OtherAnswerBytes = 256;

    private static readonly KeyValuePair<string, object?> Hit = new("result", "hit");
    private static readonly KeyValuePair<string, object?> Miss = new("result", "miss");
    private static readonly KeyValuePair<string, object?> Off = new("result", "off");

    private readonly MemoryCache _answers;
    private readonly ConcurrentDictionary<(long Generation, string Key), Lazy<Task<object?>>> _loading = new();
    private readonly Counter<long> _lookups;
    private long _generation;
    private volatile bool _serving;

    public ReadCache(IOptions<ReadCacheOptions> options, IMeterFactory meters)
    {
        _answers = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.MegaBytes * 1024L * 1024L });
        _lookups = meters.Create(typeof(ReadCache).Assembly.GetName().Name!)
            .CreateCounter<long>("platform.query.cache.lookups", description: "Reads asked of the read cache, by result: hit, miss, or off (listener not subscribed).");
    }

    public bool IsServing => _serving;

    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>
    /// The cached answer for <paramref name="key"/>, else <paramref name="load"/>'s. Callers missing the same key at
    /// once share one load, so a burst of requests for a popular entity runs its query once, not once per request.
    /// </summary>
    public async Task<T> GetOrLoadAsync<T>(string key, Func<Task<T>> load, CancellationToken cancellationToken)
    {
        if (!_serving)
        {
            _lookups.Add(1, Off);
            return await load();
        }
        var generation = Generation;
        var cacheKey = (generation, key);
        if (_answers.TryGetValue(cacheKey, out T? answer))
        {
            _lookups.Add(1, Hit);
            return answer!;
        }
        _lookups.Add(1, Miss);
        var flight = _loading.GetOrAdd(cacheKey, _ => new Lazy<Task<object?>>(() => LoadAndKeepAsync(cacheKey, load)));
        try
        {
            return (T)(await flight.Value.WaitAsync(cancellationToken))!;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The caller whose request ran the shared load went away; this one has not, so it loads for itself.
            return await load();
        }
    }

    private async Task<object?> LoadAndKeepAsync<T>((long Generation, string Key) cacheKey, Func<Task<T>> load)
    {
        try
        {
            var answer = await load();
            // Loaded before a notification that arrived meanwhile: it may predate that write, so it is not kept.
            if (_serving && Generation == cacheKey.Generation)
            {
                _answers.Set(cacheKey, answer, new MemoryCacheEntryOptions { Size = SizeOf(answer) });
            }
            return answer;
        }
        finally
        {
            _loading.TryRemove(cacheKey, out _);
        }
    }

    /// <summary>Something read answers are built from has changed: nothing cached so far is served again.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _answers.Clear();
    }

    /// <summary>The listener is subscribed: from now on every write invalidates, so answers may be kept.</summary>
    public void StartServing()
    {
        Invalidate();
        _serving = true;
    }

    /// <summary>The listener lost its subscription: writes may go unnoticed, so nothing is kept or served.</summary>
    public void StopServing()
    {
        _serving = false;
        Invalidate();
    }

    public void Dispose() => _answers.Dispose();

    private static long SizeOf<T>(T answer) => answer is IMessage message ? message.CalculateSize() + 64 : OtherAnswerBytes;
}
