namespace Platform.Extraction.Engine;

/// <summary>
/// Finds, types and links the entities of one text. Implementations load their models once and
/// are thread-safe; <see cref="Extract"/> does no I/O.
/// </summary>
public interface IEntityExtractor
{
    /// <exception cref="OperationCanceledException">The token was cancelled: checked between stages and batches of sentences.</exception>
    ExtractionResult Extract(string text, ExtractionOptions? options = null, CancellationToken cancellationToken = default);
}

public sealed record ExtractionOptions(string? LanguageHint = null, string? MediaType = null);
