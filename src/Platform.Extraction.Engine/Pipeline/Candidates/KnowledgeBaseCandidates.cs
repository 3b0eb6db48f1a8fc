using Platform.Extraction.Engine.KnowledgeBase;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Curated names found by the KB matcher; typed and linked already. A curated person's surname written with a given
/// name the KB does not spell that way (萨姆·奥特曼 where the KB has 山姆·奥特曼 and 奥特曼) is the whole name.
/// </summary>
internal static class KnowledgeBaseCandidates
{
    public static IEnumerable<Candidate> Find(string text, KnowledgeBaseMatcher matcher)
    {
        foreach (var match in matcher.Match(text))
        {
            var confidence = match.IsAmbiguous ? 0.5 : match.Alias.Policy switch
            {
                AliasPolicy.Always => 0.95,
                AliasPolicy.CaseSensitive => 0.9,
                _ => 0.8,
            };
            var start = match.Entry.Type == EntityType.Person ? GivenNameBefore(text, match.Start) : match.Start;
            yield return new Candidate(start, match.End, text[start..match.End], match.Entry.Type, confidence,
                CandidateSource.KnowledgeBase, match.Entry, "knowledge base alias \"" + match.Alias.Text + "\"");
        }
    }

    /// <summary>Where a transliterated given name and its dot end right before <paramref name="start"/>, the given name's start.</summary>
    private static int GivenNameBefore(string text, int start)
    {
        if (start < 2 || text[start - 1] != '·')
        {
            return start;
        }
        var given = start - 1;
        while (given > 0 && start - 1 - given < 4 && ChineseNameShape.IsTransliterationCharacter(text[given - 1]))
        {
            given--;
        }
        return given < start - 1 ? given : start;
    }
}
