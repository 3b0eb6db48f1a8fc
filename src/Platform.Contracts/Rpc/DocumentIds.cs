namespace Platform.Contracts.Rpc;

/// <summary>The one check of a <c>document_id</c> field, shared by every service that takes one.</summary>
public static class DocumentIds
{
    public static Guid Parse(string documentId) =>
        ParseOptional(documentId) ?? throw RpcErrors.InvalidArgument("document_id is required: it is the id IngestDocument returned.");

    /// <summary>Null for an empty field.</summary>
    public static Guid? ParseOptional(string documentId)
    {
        if (documentId.Length == 0)
        {
            return null;
        }
        return Guid.TryParse(documentId, out var id)
            ? id
            : throw RpcErrors.InvalidArgument(
                $"document_id \"{TextRules.Echo(documentId)}\" is not a document id; ids are UUIDs (such as 0b7e2f0c-5d1a-4c6e-9f7a-2d3c4b5a6e7f) as IngestDocument returns them.");
    }
}
