using System.Text.RegularExpressions;
using Platform.Extraction.Engine.KnowledgeBase;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Curated names found by the KB matcher; typed and linked already. A curated person's surname written with a given
/// name the KB does not spell that way (萨姆·奥特曼 where the KB has 山姆·奥特曼 and 奥特曼) is the whole name.
/// </summary>
internal static partial class KnowledgeBaseCandidates
{
    [GeneratedRegex(@"^\s(?:Professor|Professorship|Chair)\s+(?:of|in)\s+[A-Z]")]
    private static partial Regex NamedChairAfter();

    [GeneratedRegex(@"^\s+of\s+(?:the\s+)?\p{Lu}")]
    private static partial Regex OfAName();

    // " 4.5", " 3 27B", " 2.5 Pro", " Haiku 4.5": a version number, perhaps after the line's tier and before a size or tier,
    // not a figure ("4.1%", "2024").
    [GeneratedRegex(@"\G(?:[ \t]\p{Lu}\p{Ll}+)?[ \t]\d{1,2}(?:\.\d{1,2})?(?:[ \t](?:\d{1,4}[BM]|Pro|Mini|mini|Flash|Turbo|Ultra|Max|Plus|Lite|Nano))?(?![\w%.]|\.\d)")]
    private static partial Regex VersionAfter();

    /// <summary>Below this, a name the KB lists only as meant where its context is (Atlas beside Boston Dynamics), or an ambiguous one.</summary>
    public const double CaseSensitiveAliasConfidence = 0.9;

    public static IEnumerable<Candidate> Find(string text, KnowledgeBaseMatcher matcher)
    {
        foreach (var match in matcher.Match(text))
        {
            // "Sequoia Professor of Computer Science": a named chair, not the firm it shares a name with.
            if (EndsAHyphenatedSurname(text, match.Start) || (match.Entry.Type == EntityType.Organization && NamedChairAfter().IsMatch(text.AsSpan(match.End))))
            {
                continue;
            }
            // "the Office of Innovation": an everyday word a curated product goes by, opening a body's name, is the body's.
            if (match.Entry.Type == EntityType.Product && !match.Alias.Text.Contains(' ') && Latin.LatinLexicon.Default.IsCommon(match.Alias.Text.ToLowerInvariant())
                && OfAName().IsMatch(text.AsSpan(match.End)))
            {
                continue;
            }
            if (match.Entry.Type == EntityType.Location && NamesAClock(text, match.End))
            {
                continue;
            }
            // "Google.org" is the firm's charity, an organisation of its own.
            if (match.Entry.Type == EntityType.Organization && text.AsSpan(match.End).StartsWith(".org") && !(match.End + 4 < text.Length && char.IsLetterOrDigit(text[match.End + 4])))
            {
                yield return new Candidate(match.Start, match.End + 4, text[match.Start..(match.End + 4)], EntityType.Organization, 0.9,
                    CandidateSource.KnowledgeBase, Cue: $"the .org of \"{match.Alias.Text}\"");
                continue;
            }
            // "Claude Sonnet 4.5", "Claude Haiku 4.5", "Gemma 3 27B": a numbered version of a curated product is a product of its own.
            // Not where the curated name goes on another name ("Flow Copilot 2.0"), which the recognizers read whole.
            if (match.Entry.Type == EntityType.Product && !char.IsAsciiDigit(match.Alias.Text[^1]) && !FollowsAName(text, match.Start)
                && VersionAfter().Match(text, match.End) is { Success: true } version)
            {
                var versionEnd = match.End + version.Length;
                yield return new Candidate(match.Start, versionEnd, text[match.Start..versionEnd], EntityType.Product, 0.9, CandidateSource.LatinRecognizer,
                    Cue: $"a version of \"{match.Alias.Text}\"");
                continue;
            }
            var confidence = match.IsAmbiguous ? 0.5 : match.Alias.Policy switch
            {
                AliasPolicy.Always => 0.95,
                AliasPolicy.CaseSensitive => CaseSensitiveAliasConfidence,
                _ => 0.8,
            };
            var start = match.Entry.Type switch
            {
                EntityType.Person => GivenNameBefore(text, match.Start),
                EntityType.Event => WithItsYear(text, match.Start),
                _ => match.Start,
            };
            var end = match.Entry.Type switch
            {
                EntityType.Location => CityBeforeItsRegion(text, start, match.End),
                EntityType.Organization => WithItsLegalForm(text, match.End),
                _ => match.End,
            };
            yield return new Candidate(start, end, text[start..end], match.Entry.Type, confidence,
                CandidateSource.KnowledgeBase, match.Entry, "knowledge base alias \"" + match.Alias.Text + "\"");
        }
    }

    /// <summary>Whether a capitalised word other than a sentence's opening article stands right before <paramref name="start"/>.</summary>
    private static bool FollowsAName(string text, int start)
    {
        var end = start - 1;
        if (end < 1 || text[end] is not (' ' or '\t'))
        {
            return false;
        }
        var first = end;
        while (first > 0 && (char.IsLetterOrDigit(text[first - 1]) || text[first - 1] == '-'))
        {
            first--;
        }
        return first < end && char.IsUpper(text[first]) && text.AsSpan(first, end - first) is not ("The" or "A" or "An" or "Its" or "Our" or "Their" or "New");
    }

    /// <summary>2026世界人工智能大会: a curated event named with its year is the event's mention, whole.</summary>
    private static int WithItsYear(string text, int start) =>
        start >= 4 && YearBefore().Match(text[Math.Max(0, start - 5)..start]) is { Success: true } year ? start - year.Length : start;

    [GeneratedRegex(@"(?<![\dA-Za-z])(?:19|20)\d{2}年?$")]
    private static partial Regex YearBefore();

    /// <summary>北京时间: a place before 时间 names a clock's time, no mention of the place.</summary>
    internal static bool NamesAClock(string text, int end) => text.AsSpan(end).StartsWith("时间", StringComparison.Ordinal);

    /// <summary>科大讯飞股份有限公司: a curated firm's name with its legal form is the firm's mention, whole.</summary>
    private static int WithItsLegalForm(string text, int end)
    {
        foreach (var form in ChineseLegalForms)
        {
            if (text.AsSpan(end).StartsWith(form, StringComparison.Ordinal))
            {
                return end + form.Length;
            }
        }
        return end;
    }

    /// <summary>The legal forms a Chinese firm's registered name ends in, the longest first.</summary>
    internal static readonly string[] ChineseLegalForms = ["股份有限公司", "有限责任公司", "有限公司"];

    /// <summary>
    /// "Austin, Texas", "Redmond, Washington": a curated city named with its region is the city's mention; the region is a
    /// place of its own that the Latin recognizer finds (where the company is, the state is too).
    /// </summary>
    private static int CityBeforeItsRegion(string text, int start, int end)
    {
        var comma = text.IndexOf(", ", start, end - start, StringComparison.Ordinal);
        return comma > start && Latin.LatinLexicon.Default.Places.Contains(text.AsSpan(comma + 2, end - comma - 2)) ? comma : end;
    }

    /// <summary>
    /// "Duncan Crabtree-Ireland": a curated name that ends a double-barrelled word after a surname that is no place (as
    /// US- and Sino- are) is part of the surname.
    /// </summary>
    private static bool EndsAHyphenatedSurname(string text, int start)
    {
        if (start < 3 || text[start - 1] != '-' || !char.IsAsciiLetter(text[start]))
        {
            return false;
        }
        var first = start - 1;
        while (first > 0 && char.IsAsciiLetter(text[first - 1]))
        {
            first--;
        }
        var word = text.AsSpan(first, start - 1 - first);
        var lexicon = Latin.LatinLexicon.Default;
        return word.Length >= 3 && char.IsAsciiLetterUpper(word[0]) && lexicon.Surnames.Contains(word) && !lexicon.Places.Contains(word);
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
