using Platform.Documents.V1;

namespace Platform.Services.Tests.Infrastructure;

public static class DocumentStatus
{
    /// <summary>Polls GetDocument until the document's extraction is SUCCEEDED or FAILED; fails the test on timeout.</summary>
    public static async Task<Document> WaitForTerminalAsync(
        DocumentService.DocumentServiceClient client, string documentId, TimeSpan? timeout = null, Grpc.Core.CallOptions options = default)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var document = (await client.GetDocumentAsync(new GetDocumentRequest { DocumentId = documentId }, options)).Document;
            if (document.ExtractionStatus is ExtractionStatus.Succeeded or ExtractionStatus.Failed)
            {
                return document;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Document {documentId} is still {document.ExtractionStatus} after {timeout ?? TimeSpan.FromSeconds(60)}.");
            }
            await Task.Delay(100);
        }
    }
}
