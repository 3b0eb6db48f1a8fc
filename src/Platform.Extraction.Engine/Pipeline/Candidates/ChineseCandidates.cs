using Platform.Extraction.Engine.Chinese;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Person, organisation, place and work names that LAC-small tags in the Chinese sentences. Latin-script
/// runs are left to the Latin recognizer: LAC splits Latin words.
/// </summary>
internal static class ChineseCandidates
{
    public static IEnumerable<Candidate> Find(string text, IReadOnlyList<TextSpan> sentences, LacTagger tagger)
    {
        var chunks = new List<TextChunk>();
        foreach (var sentence in sentences)
        {
            if (!ContainsCjk(text.AsSpan(sentence.Start, sentence.Length)))
            {
                continue;
            }
            foreach (var chunk in ChineseSentenceSplitter.Split(text.Substring(sentence.Start, sentence.Length)))
            {
                chunks.Add(chunk with { Start = sentence.Start + chunk.Start });
            }
        }
        var tagged = tagger.Tag(chunks.Select(c => text.Substring(c.Start, c.Length)).ToList());
        for (var i = 0; i < chunks.Count; i++)
        {
            foreach (var span in tagged[i].Spans)
            {
                if (TypeOf(span.Label) is not { } type)
                {
                    continue;
                }
                var (start, end) = TrimToName(text, chunks[i].Start + span.Start, chunks[i].Start + span.End);
                var surface = text[start..end];
                if (IsNameShaped(surface, type.Type))
                {
                    yield return new Candidate(start, end, surface, type.Type, type.Confidence, CandidateSource.ChineseTagger, Cue: "LAC " + span.Label);
                }
            }
        }
    }

    private static (EntityType Type, double Confidence)? TypeOf(string label) => label switch
    {
        LacLabels.Person or LacLabels.PersonNoun => (EntityType.Person, 0.75),
        LacLabels.Organization or LacLabels.OrganizationNoun => (EntityType.Organization, 0.7),
        LacLabels.Location or LacLabels.PlaceNoun => (EntityType.Location, 0.7),
        LacLabels.WorkTitle => (EntityType.Work, 0.55),
        _ => null,
    };

    /// <summary>LAC's words can carry the spaces and separators before them (" | 王启隆"); a name starts and ends with a letter.</summary>
    private static (int Start, int End) TrimToName(string text, int start, int end)
    {
        while (start < end && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }
        while (end > start && !char.IsLetterOrDigit(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }

    /// <summary>Only CJK names (with the transliteration dot) of two characters or more.</summary>
    private static bool IsNameShaped(string surface, EntityType type)
    {
        var cjk = 0;
        foreach (var c in surface)
        {
            if (CharClass.IsCjk(c))
            {
                cjk++;
            }
            else if (c is not ('·' or ' ') && !(type == EntityType.Work && !char.IsControl(c)))
            {
                return false;
            }
        }
        return cjk >= 2;
    }

    private static bool ContainsCjk(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (CharClass.IsCjk(c))
            {
                return true;
            }
        }
        return false;
    }
}
