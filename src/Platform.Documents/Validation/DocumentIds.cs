using Grpc.Core;

namespace Platform.Documents.Validation;

internal static class DocumentIds
{
    public static Guid Parse(string documentId) =>
        Guid.TryParse(documentId, out var id)
            ? id
            : throw new RpcException(new Status(StatusCode.InvalidArgument,
                $"document_id '{documentId}' is not a document id; ids are UUIDs as returned by IngestDocument."));
}
