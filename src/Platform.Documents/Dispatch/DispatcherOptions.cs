namespace Platform.Documents.Dispatch;

/// <summary>Settings of the extraction outbox dispatcher (configuration section <c>ExtractionDispatcher</c>).</summary>
internal sealed class DispatcherOptions
{
    public const string SectionName = "ExtractionDispatcher";

    /// <summary>How often the outbox is polled when nothing signals new work.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a claimed job belongs to this dispatcher; a crashed dispatcher's jobs are re-claimed after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts before a job failing with a non-transient error is marked FAILED.</summary>
    public int MaxAttempts { get; set; } = 5;

    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often the extraction service's health is asked; also the probe's deadline.</summary>
    public TimeSpan ProbeInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Extraction calls in flight at once: enough that the extraction service computes while other documents' results
    /// are written (4 keeps 2 cores busy), few enough that a burst does not exhaust its database connections.
    /// </summary>
    public int MaxConcurrency { get; set; } = 4;
}
