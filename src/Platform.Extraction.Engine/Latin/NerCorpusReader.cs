namespace Platform.Extraction.Engine.Latin;

/// <summary>
/// Reads CoNLL-style NER files: one "token TAB tag" a line, blank lines between sentences. Handles the
/// WikiANN "en:" token prefix and WNUT17's lower-case type names; unknown types become O.
/// </summary>
public static class NerCorpusReader
{
    public static List<TaggedSentence> Read(string path)
    {
        var sentences = new List<TaggedSentence>();
        var words = new List<string>();
        var tags = new List<int>();
        foreach (var rawLine in File.ReadLines(path))
        {
            var line = rawLine.TrimEnd('\r');
            var tab = line.LastIndexOf('\t');
            var word = tab < 0 ? line.Trim() : line[..tab].Trim();
            if (word.Length == 0)
            {
                Flush();
                continue;
            }

            if (word.StartsWith("en:", StringComparison.Ordinal) && word.Length > 3)
            {
                word = word[3..];
            }

            words.Add(word);
            tags.Add(ParseTag(tab < 0 ? "O" : line[(tab + 1)..].Trim(), tags.Count > 0 ? tags[^1] : BioTags.Outside));
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new TaggedSentence([.. words], [.. tags]));
                words.Clear();
                tags.Clear();
            }
        }
    }

    private static int ParseTag(string label, int previous)
    {
        if (label.Length < 3 || label[1] != '-' || BioTags.MapCorpusType(label[2..]) is not { } type)
        {
            return BioTags.Outside;
        }

        var typeIndex = BioTags.IndexOf(type);
        var inside = label[0] is 'I' or 'i';
        // An I- that does not continue a span of its type (or that continues a mapped-away type) starts one.
        return inside && BioTags.IsAllowed(previous, BioTags.Inside(typeIndex)) ? BioTags.Inside(typeIndex) : BioTags.Begin(typeIndex);
    }
}
