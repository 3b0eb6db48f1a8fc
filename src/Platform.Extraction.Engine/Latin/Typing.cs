namespace Platform.Extraction.Engine.Latin;

/// <summary>One piece of evidence for the type of a candidate. Higher tiers win (cue > tagger > list).</summary>
internal readonly record struct Typing(EntityType Type, double Confidence, string Source, int Tier)
{
    public const int CueTier = 4;
    public const int LegalSuffixTier = 3;
    public const int AcronymTier = 3;
    public const int TaggerTier = 2;
    public const int ListTier = 1;
    public const int WeakCueTier = 0;
}
