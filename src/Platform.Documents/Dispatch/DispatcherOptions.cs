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

    /// <summary>Jobs claimed per round trip.</summary>
    public int BatchSize { get; set; } = 4;

    /// <summary>Extraction calls in flight at once.</summary>
    public int MaxConcurrency { get; set; } = 2;
}
