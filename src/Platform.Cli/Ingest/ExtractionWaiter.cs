using Grpc.Core;
using Platform.Cli.Infrastructure;
using Platform.Cli.Output;
using Platform.Documents.V1;

namespace Platform.Cli.Ingest;

/// <summary>
/// Waits until a document's extraction has finished: follows WatchExtraction, and polls GetDocument when the
/// service does not implement the stream or the stream ends early.
/// </summary>
internal static class ExtractionWaiter
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public static async Task<(ExtractionStatus Status, string Error)> WaitAsync(CliSession session, string documentId, CancellationToken ct)
    {
        try
        {
            var request = new WatchExtractionRequest { DocumentId = documentId };
            await foreach (var update in session.Documents.StreamAsync(client => client.WatchExtraction(request, cancellationToken: ct), ct))
            {
                if (DocumentStatus.IsFinished(update.ExtractionStatus))
                {
                    return (update.ExtractionStatus, update.ExtractionError);
                }
            }
        }
        catch (ServiceCallException ex) when (ex.StatusCode == StatusCode.Unimplemented)
        {
            // An older document service: fall back to polling.
        }

        while (true)
        {
            var response = await session.Documents.CallAsync(client =>
                client.GetDocumentAsync(new GetDocumentRequest { DocumentId = documentId }, cancellationToken: ct));
            if (DocumentStatus.IsFinished(response.Document.ExtractionStatus))
            {
                return (response.Document.ExtractionStatus, response.Document.ExtractionError);
            }
            await Task.Delay(PollInterval, ct);
        }
    }
}
