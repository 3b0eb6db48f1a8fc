using Platform.Extraction.Engine.KnowledgeBase;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>Curated names found by the KB matcher; typed and linked already.</summary>
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
            yield return new Candidate(match.Start, match.End, text[match.Start..match.End], match.Entry.Type, confidence,
                CandidateSource.KnowledgeBase, match.Entry, "knowledge base alias \"" + match.Alias.Text + "\"");
        }
    }
}
