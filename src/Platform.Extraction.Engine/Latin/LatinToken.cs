namespace Platform.Extraction.Engine.Latin;

public enum LatinTokenKind : byte
{
    Word = 1,
    Number = 2,
    Punctuation = 3,
    /// <summary>The possessive "'s" split from the word it follows ("Microsoft's").</summary>
    Possessive = 4,
}

/// <summary>One token of a Latin run. Offsets are UTF-16 indices into the analysed text; End is exclusive.</summary>
/// <param name="Segment">Tokens of one segment form an uninterrupted run: a new segment starts at a sentence end,
/// a line break or a character of another script.</param>
/// <param name="SentenceInitial">First word of a sentence (its capital letter says nothing about it being a name).</param>
/// <param name="GluedToOtherScript">Touches a letter of another script with no space between ("微软AI").</param>
public readonly record struct LatinToken(
    int Start,
    int End,
    LatinTokenKind Kind,
    int Segment,
    bool SentenceInitial,
    bool GluedToOtherScript)
{
    public int Length => End - Start;

    public bool IsWordLike => Kind is LatinTokenKind.Word or LatinTokenKind.Number;
}
