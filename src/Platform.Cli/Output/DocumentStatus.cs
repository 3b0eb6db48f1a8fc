using Platform.Documents.V1;

namespace Platform.Cli.Output;

internal static class DocumentStatus
{
    public static string Name(ExtractionStatus status) => status switch
    {
        ExtractionStatus.Pending => "pending",
        ExtractionStatus.Running => "running",
        ExtractionStatus.Succeeded => "succeeded",
        ExtractionStatus.Failed => "failed",
        _ => "unknown",
    };

    public static string Markup(ExtractionStatus status) => status switch
    {
        ExtractionStatus.Succeeded => "[green]succeeded[/]",
        ExtractionStatus.Failed => "[red]failed[/]",
        _ => Name(status),
    };

    public static bool IsFinished(ExtractionStatus status) =>
        status is ExtractionStatus.Succeeded or ExtractionStatus.Failed;
}
