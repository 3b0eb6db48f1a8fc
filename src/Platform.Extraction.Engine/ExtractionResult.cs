namespace Platform.Extraction.Engine;

public enum EntityType
{
    Person = 1,
    Organization = 2,
    Product = 3,
    Location = 4,
    Event = 5,
    Work = 6,
    Concept = 7,
}

/// <summary>
/// The analysis of one text. All offsets are UTF-16 indices into the original text
/// (see <see cref="TextOffsets"/> to convert to code points); End is exclusive.
/// </summary>
public sealed record ExtractionResult(
    IReadOnlyList<ExtractedMention> Mentions,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<ExtractedRelation> Relations,
    DocumentMetadata Metadata)
{
    public static ExtractionResult Empty { get; } = new([], [], [], DocumentMetadata.Empty);
}

public sealed record ExtractedMention(
    int Start,
    int End,
    string Text,
    string EntityId,
    EntityType Type,
    double Confidence,
    int SentenceStart,
    int SentenceEnd);

/// <param name="Id">Stable across documents: a KB id, or a canonical id derived from the normalised name and type.</param>
/// <param name="Salience">0..1, how central the entity is to this text.</param>
/// <param name="MergeReasons">Why separate strings were linked to this entity.</param>
public sealed record ExtractedEntity(
    string Id,
    string Name,
    string? NameZh,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> SurfaceForms,
    string? WikidataId,
    string? Description,
    int MentionCount,
    double Salience,
    IReadOnlyList<string> MergeReasons);

/// <param name="Predicate">ceo_of, founder_of, ... as in GOLD-FORMAT, or "co_occurrence".</param>
public sealed record ExtractedRelation(
    string SubjectId,
    string Predicate,
    string ObjectId,
    string Evidence,
    int EvidenceStart,
    int EvidenceEnd,
    double Confidence);

/// <summary>Metadata read from the text itself (front matter, first heading), and its language.</summary>
public sealed record DocumentMetadata(
    string? Title,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<string> Tags,
    string Language)
{
    public static DocumentMetadata Empty { get; } = new(null, null, [], "und");
}
