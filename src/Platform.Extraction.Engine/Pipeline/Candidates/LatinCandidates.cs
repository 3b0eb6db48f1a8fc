using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Latin;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Proper names in Latin script, typed by the recognizer's cues, lists and tagger. A single everyday word
/// ("Welcome", "Internet") or a plural acronym ("AIs", "GPUs") is a name only when a context cue or a legal
/// suffix says so; an acronym that spells a word ("IFS") is not an everyday word.
/// </summary>
internal static partial class LatinCandidates
{
    public static IEnumerable<Candidate> Find(string text, IReadOnlyList<TextSpan> sentences, LatinEntityRecognizer recognizer, LatinLexicon lexicon)
    {
        var ranges = sentences.Select(s => (s.Start, s.End)).ToList();
        foreach (var span in recognizer.Recognize(text, ranges))
        {
            if (span.Type is not { } type)
            {
                continue;
            }
            var surface = text[span.Start..span.End];
            var stronglyTyped = span.Source is LatinSources.Cue or LatinSources.LegalSuffix;
            var isAcronym = surface.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));
            if (!stronglyTyped && !surface.Contains(' ') && ((!isAcronym && lexicon.IsCommon(surface.ToLowerInvariant())) || PluralAcronym().IsMatch(surface)))
            {
                continue;
            }
            yield return new Candidate(span.Start, span.End, surface, type, span.Confidence, CandidateSource.LatinRecognizer, Cue: "Latin " + span.Source);
        }
    }

    [GeneratedRegex("^[A-Z]{1,5}s$")]
    private static partial Regex PluralAcronym();
}
