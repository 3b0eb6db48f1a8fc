using Platform.Extraction.Engine.Latin;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>Proper names in Latin script, typed by the recognizer's cues, lists and tagger.</summary>
internal static class LatinCandidates
{
    public static IEnumerable<Candidate> Find(string text, IReadOnlyList<TextSpan> sentences, LatinEntityRecognizer recognizer)
    {
        var ranges = sentences.Select(s => (s.Start, s.End)).ToList();
        foreach (var span in recognizer.Recognize(text, ranges))
        {
            if (span.Type is { } type)
            {
                yield return new Candidate(span.Start, span.End, text[span.Start..span.End], type, span.Confidence,
                    CandidateSource.LatinRecognizer, Cue: "Latin " + span.Source);
            }
        }
    }
}
