namespace Platform.Extraction.Engine.Latin;

/// <summary>A training or evaluation sentence: words with their gold BIO tags (<see cref="BioTags"/> indices).</summary>
public sealed record TaggedSentence(string[] Words, int[] Tags);
