using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Pipeline.Relations;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>独立非执行董事, 首席财务官: a post with no name in it, which a Chinese tagger may still read as a new word's name.</summary>
internal static partial class TitlesAlone
{
    public static bool IsATitleAlone(Candidate candidate) =>
        candidate is { Entry: null, Source: CandidateSource.ChineseTagger or CandidateSource.ChineseRecognizer } && TitleAlone().IsMatch(candidate.Text);

    [GeneratedRegex(@"^(?:独立|非)*" + RoleNouns.Chain + "$")]
    private static partial Regex TitleAlone();
}
