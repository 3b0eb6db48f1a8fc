namespace Platform.Extraction.Engine;

/// <summary>
/// Finds, types and links the entities of one text. Implementations load their models once and
/// are thread-safe; <see cref="Extract"/> does no I/O.
/// </summary>
public interface IEntityExtractor
{
    ExtractionResult Extract(string text, ExtractionOptions? options = null);
}

public sealed record ExtractionOptions(string? LanguageHint = null, string? MediaType = null);
