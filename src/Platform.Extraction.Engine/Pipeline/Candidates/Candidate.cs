using Platform.Extraction.Engine.KnowledgeBase;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>Where a candidate mention came from; earlier sources win overlaps of equal length.</summary>
public enum CandidateSource
{
    BookTitle,
    KnowledgeBase,
    OrganizationUnit,
    LatinRecognizer,
    ChineseTagger,
    ChineseRecognizer,
    Coordination,
    OtherVersion,
    Propagated,
}

/// <summary>A possible mention, in offsets of the prepared (normalised) text.</summary>
/// <param name="Entry">The KB entry it names, when known.</param>
/// <param name="Cue">What made it a candidate (a recognizer's source, a LAC label), for merge reasons.</param>
public sealed record Candidate(
    int Start,
    int End,
    string Text,
    EntityType Type,
    double Confidence,
    CandidateSource Source,
    KnowledgeBaseEntry? Entry = null,
    string Cue = "")
{
    public int Length => End - Start;

    public bool Overlaps(Candidate other) => Start < other.End && other.Start < End;
}
