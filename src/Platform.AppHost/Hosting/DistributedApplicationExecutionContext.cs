namespace Platform.AppHost.Hosting;

/// <summary>Whether the AppHost runs the application or only describes it (<c>--publisher manifest --output-path file</c>).</summary>
public sealed record DistributedApplicationExecutionContext(string? Publisher, string? OutputPath)
{
    public bool IsPublishMode => Publisher is not null;
}
