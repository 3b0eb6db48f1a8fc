namespace Platform.Storage.Entities;

public sealed class Document
{
    public Guid Id { get; set; }
    public string SourceUri { get; set; } = "";
    public string Title { get; set; } = "";
    public string MediaType { get; set; } = "text/plain";
    /// <summary>"zh", "en", "zh+en" or "und" until extraction has run.</summary>
    public string Language { get; set; } = "und";
    public DateTimeOffset? PublishedAt { get; set; }
    public string Content { get; set; } = "";
    /// <summary>Lowercase hex SHA-256 of the UTF-8 content; unique.</summary>
    public string ContentSha256 { get; set; } = "";
    /// <summary>Length of the content in Unicode code points.</summary>
    public int SizeChars { get; set; }
    public Dictionary<string, string> Metadata { get; set; } = [];
    public ExtractionStatus ExtractionStatus { get; set; } = ExtractionStatus.Pending;
    public string? ExtractionError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum ExtractionStatus
{
    Pending = 1,
    Running = 2,
    Succeeded = 3,
    Failed = 4,
}
