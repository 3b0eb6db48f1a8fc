namespace Platform.Documents.Validation;

/// <summary>An ingest request that passed validation, with its derived hash and size.</summary>
internal sealed record NewDocument(
    string Content,
    string SourceUri,
    string Title,
    string MediaType,
    IReadOnlyDictionary<string, string> Metadata,
    string ContentSha256,
    int SizeChars);
