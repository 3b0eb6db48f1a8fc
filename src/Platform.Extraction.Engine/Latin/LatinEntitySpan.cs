namespace Platform.Extraction.Engine.Latin;

/// <summary>
/// A Latin-script entity candidate: UTF-16 offsets into the recognised text (End exclusive), its type when
/// one could be decided (null: a capitalised name of unknown type), a confidence in (0, 1), and what
/// decided it (<see cref="LatinSources"/>).
/// </summary>
public sealed record LatinEntitySpan(int Start, int End, EntityType? Type, double Confidence, string Source);

/// <summary>The values of <see cref="LatinEntitySpan.Source"/>: the deciding evidence, strongest first.</summary>
public static class LatinSources
{
    public const string Cue = "cue";
    public const string LegalSuffix = "legal-suffix";
    public const string Acronym = "acronym";
    public const string Tagger = "tagger";
    public const string NameList = "list";
    public const string Propagated = "propagated";
    public const string Chunk = "chunk";
}
