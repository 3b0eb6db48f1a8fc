using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Platform.Contracts.Rpc;
using Platform.Documents.V1;

namespace Platform.Documents.Validation;

/// <summary>
/// Checks an ingest request before anything is stored, every text field by <see cref="TextRules"/>: content and
/// metadata values as text, the other fields as single lines.
/// </summary>
internal static class IngestRequestValidator
{
    public const int MaxContentCodePoints = 1_000_000;
    public const int MaxMetadataEntries = 64;
    public const int MaxSourceUriLength = 2048;
    public const int MaxTitleLength = 1000;
    public const int MaxMetadataKeyLength = 256;
    public const int MaxMetadataValueLength = 4096;
    public const string PlainText = "text/plain";
    public const string Markdown = "text/markdown";

    public static NewDocument Validate(IngestDocumentRequest request)
    {
        var content = request.Content;
        if (string.IsNullOrWhiteSpace(content))
        {
            throw Invalid("content is empty; send the document's text in `content`.");
        }
        var sizeChars = CodePoints(content);
        if (sizeChars > MaxContentCodePoints)
        {
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                $"content has {sizeChars:N0} code points; the limit is {MaxContentCodePoints:N0}. Split the document into smaller parts."));
        }
        TextRules.RequireText(content, "content");
        var mediaType = NormalizeMediaType(request.MediaType);
        if (request.SourceUri.Length > MaxSourceUriLength)
        {
            throw Invalid($"source_uri has {request.SourceUri.Length} characters; the limit is {MaxSourceUriLength}.");
        }
        if (request.Title.Length > MaxTitleLength)
        {
            throw Invalid($"title has {request.Title.Length} characters; the limit is {MaxTitleLength}.");
        }
        TextRules.RequireLine(request.SourceUri, "source_uri");
        TextRules.RequireLine(request.Title, "title");
        ValidateMetadata(request.Metadata);

        return new NewDocument(
            content,
            request.SourceUri.Trim(),
            request.Title.Trim(),
            mediaType,
            new Dictionary<string, string>(request.Metadata),
            Sha256Hex(content),
            sizeChars);
    }

    private static string NormalizeMediaType(string mediaType)
    {
        var normalized = mediaType.Trim().ToLowerInvariant();
        return normalized switch
        {
            "" => PlainText,
            PlainText or Markdown => normalized,
            _ => throw Invalid($"media_type '{TextRules.Echo(mediaType)}' is not supported; use \"{PlainText}\" (the default) or \"{Markdown}\"."),
        };
    }

    private static void ValidateMetadata(IDictionary<string, string> metadata)
    {
        if (metadata.Count > MaxMetadataEntries)
        {
            throw Invalid($"metadata has {metadata.Count} entries; the limit is {MaxMetadataEntries}.");
        }
        foreach (var (key, value) in metadata)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                throw Invalid("metadata has an empty key.");
            }
            if (key.Length > MaxMetadataKeyLength || value.Length > MaxMetadataValueLength)
            {
                throw Invalid($"metadata entry '{TextRules.Echo(key)}' is too long: keys may have {MaxMetadataKeyLength} characters, values {MaxMetadataValueLength}.");
            }
            TextRules.RequireLine(key, "a metadata key");
            TextRules.RequireText(value, $"metadata value '{TextRules.Echo(key)}'");
        }
    }

    private static int CodePoints(string text)
    {
        var surrogatePairs = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                surrogatePairs++;
                i++;
            }
        }
        return text.Length - surrogatePairs;
    }

    private static string Sha256Hex(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
