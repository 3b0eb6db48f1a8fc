namespace Platform.Extraction.Engine.KnowledgeBase;

/// <summary>A KB name found in a text: UTF-16 range [Start, End) of the text given to the matcher.</summary>
/// <param name="IsAmbiguous">The alias is shared by several entries and the document did not tell them apart.</param>
public sealed record KnowledgeBaseMatch(int Start, int End, KnowledgeBaseEntry Entry, KnowledgeBaseAlias Alias, bool IsAmbiguous);
