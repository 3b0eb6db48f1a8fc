namespace Platform.Query.Watching;

/// <summary>Limits of WatchEntity (configuration section <c>Platform:Query:Watch</c>).</summary>
internal sealed class WatchOptions
{
    public const string Section = "Platform:Query:Watch";

    /// <summary>Open watches the service holds at once; one more is refused with RESOURCE_EXHAUSTED.</summary>
    public int MaxWatches { get; set; } = 256;

    /// <summary>Notices a watch holds for a client that reads slower than documents arrive; one more ends the watch.</summary>
    public int BufferedNotices { get; set; } = 1_000;

    /// <summary>Documents a watch remembers having sent, so that extracting one again sends nothing new.</summary>
    public int RememberedDocuments { get; set; } = 10_000;
}
