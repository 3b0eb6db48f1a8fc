namespace Platform.Documents.Dispatch;

/// <summary>
/// Whether the extraction service answers, as the probe and the dispatches last saw it. While it does not, the
/// dispatcher claims nothing (no attempt is spent on a service that is down), health reports DEGRADED, and
/// GetDocument says why a document waits.
/// </summary>
internal sealed class ExtractionReachability(TimeProvider clock)
{
    private sealed record Outage(DateTimeOffset Since, string Error);

    private volatile Outage? _outage;

    public bool IsReachable => _outage is null;

    /// <summary>Why extraction waits, or null while the service answers.</summary>
    public string? WaitReason => _outage is { } outage
        ? $"waiting for the extraction service, unreachable since {outage.Since:u} ({outage.Error}); extraction resumes within seconds of its return"
        : null;

    /// <returns>True when this ends an outage: the jobs that waited should run now.</returns>
    public bool MarkReachable() => Interlocked.Exchange(ref _outage, null) is not null;

    public void MarkUnreachable(string error)
    {
        var current = _outage;
        // The first failure dates the outage; later ones only update what is wrong.
        Interlocked.CompareExchange(ref _outage, new Outage(current?.Since ?? clock.GetUtcNow(), error), current);
    }
}
