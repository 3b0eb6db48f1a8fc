namespace Microsoft.Extensions.Hosting;

/// <summary>Who may call the services, and how often (<c>Platform:Access</c>). The README's "Access" section documents them.</summary>
public sealed class AccessOptions
{
    public const string SectionName = "Platform:Access";

    /// <summary>
    /// true: every public RPC needs an API key; false: none does. Unset: keys are required as soon as the service
    /// listens on any address that is not loopback.
    /// </summary>
    public bool? RequireApiKeys { get; set; }

    /// <summary>An admin key taken from configuration (a Kubernetes secret), to create the first stored keys with.</summary>
    public string? AdminKey { get; set; }

    /// <summary>
    /// The credential the document service sends with <c>ExtractDocument</c> and the extraction service expects.
    /// Unset on the extraction service: the internal RPC is open while API keys are not required, closed when they are.
    /// </summary>
    public string? ServiceKey { get; set; }

    /// <summary>
    /// Calls per second one key may make to one service instance, sustained; <see cref="Burst"/> may come at once. The
    /// limits are kept in each process: two replicas of a service admit twice as many.
    /// </summary>
    public int RequestsPerSecond { get; set; } = 100;

    public int Burst { get; set; } = 200;

    /// <summary>Streaming calls (IngestDocuments, the watches, StreamMentions) one key may hold open at once.</summary>
    public int ConcurrentStreams { get; set; } = 8;

    /// <summary>Look-ups of keys not in the cache, per second, for all callers together (bursts of twice as many).</summary>
    public int KeyLookupsPerSecond { get; set; } = 50;

    /// <summary>How long a stored key's lookup is remembered: a revoked key stops working within this time.</summary>
    public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromSeconds(30);
}
