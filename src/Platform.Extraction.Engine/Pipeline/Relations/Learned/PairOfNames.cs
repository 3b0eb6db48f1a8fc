namespace Platform.Extraction.Engine.Pipeline.Relations.Learned;

/// <summary>Two names of a sentence as the classifier sees them: their type letters in reading order ("PO") and the feature hashes of <see cref="RelationFeatures"/>.</summary>
internal sealed record PairOfNames(string Types, ulong[] Features);
