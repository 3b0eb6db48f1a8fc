namespace Platform.AppHost.Hosting;

public sealed class DistributedApplicationOptions
{
    public string[] Args { get; init; } = [];

    /// <summary>Where the AppHost and its resources write their log lines; the console when null.</summary>
    public TextWriter? Output { get; init; }
}
