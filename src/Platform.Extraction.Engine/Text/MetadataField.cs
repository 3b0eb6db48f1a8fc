namespace Platform.Extraction.Engine.Text;

/// <summary>
/// One front-matter value (a list item counts as one value) with its UTF-16 range in the ORIGINAL text,
/// so entities found only in metadata (tags) can still point at where they are written.
/// </summary>
public sealed record MetadataField(string Key, string Value, int Start, int End);
