using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A paper's title block numbers its authors' affiliations: "Mei-Ling Tsao1,2, Jonas Vehrenkamp1" over "1 Department of
/// Computer Science, ETH Zurich, Zurich, Switzerland" and "2 Aldermoor AI Research, London". Each author works at the
/// organisations their numbers name: the one opening the numbered line, and any joined to it by "and". The places after
/// a line's last organisation are where that one is.
/// </summary>
internal static partial class AffiliationLines
{
    private const double Confidence = 0.8;

    /// <summary>Whether the line opens with an affiliation's number and names something after it, with a comma.</summary>
    public static bool IsAffiliationLine(string line) => NumberedLine().IsMatch(line);

    /// <summary>Whether the line at <paramref name="at"/> lists two authors or more with their affiliations' numbers.</summary>
    public static bool IsAnAuthorLine(string text, int at)
    {
        var lineStart = TextLines.StartOf(text, at);
        return AuthorWithMarks().Count(text.AsSpan(lineStart, TextLines.EndOf(text, at) - lineStart)) >= 2;
    }

    /// <param name="organizationAt">Each organisation's mention by where it starts.</param>
    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions,
        IReadOnlyDictionary<int, RelationArgument> organizationAt)
    {
        var affiliations = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var placeAt = mentions.Where(m => m.Type == EntityType.Location).DistinctBy(m => m.Start).ToDictionary(m => m.Start);
        foreach (Match line in NumberedLine().Matches(text))
        {
            if (!organizationAt.TryGetValue(line.Index + line.Length, out var organization) || affiliations.ContainsKey(line.Groups["number"].Value))
            {
                continue;
            }
            var named = new List<string> { organization.EntityId };
            var last = organization;
            for (Match and; (and = JoinedBy().Match(text, last.End)).Success && organizationAt.TryGetValue(last.End + and.Length, out var next); last = next)
            {
                named.Add(next.EntityId);
            }
            affiliations[line.Groups["number"].Value] = named;
            // "Department of Computer Science, ETH Zurich, Zurich, Switzerland": the places after the last organisation are where it is.
            for (Match comma; (comma = Comma().Match(text, last.End)).Success && organizationAt.TryGetValue(last.End + comma.Length, out var parent);)
            {
                last = parent;
            }
            var evidenceEnd = TextLines.EndOf(text, last.End);
            for (var at = last.End; Comma().Match(text, at) is { Success: true } comma && placeAt.TryGetValue(at + comma.Length, out var place); at = place.End)
            {
                yield return new ExtractedRelation(last.EntityId, "located_in", place.EntityId, text[last.Start..evidenceEnd], last.Start, evidenceEnd, Confidence);
            }
        }
        if (affiliations.Count == 0)
        {
            yield break;
        }
        foreach (var author in mentions.Where(m => m.Type == EntityType.Person))
        {
            if (Marks().Match(text, author.End) is not { Success: true } marks)
            {
                continue;
            }
            var evidence = text[author.Start..(marks.Index + marks.Length)];
            foreach (var number in marks.Groups["number"].Captures.Select(c => c.Value).Distinct())
            {
                foreach (var organization in affiliations.GetValueOrDefault(number, []))
                {
                    yield return new ExtractedRelation(author.EntityId, "works_at", organization, evidence, author.Start, author.Start + evidence.Length,
                        Confidence);
                }
            }
        }
    }

    // "1 Department of …, ETH Zurich": a number (or "^1") opening a line, then a capitalised name and, further on, a comma.
    [GeneratedRegex(@"(?<=^|\n)[ \t]*\^?(?<number>\d{1,2})[ \t]+(?=\p{Lu}[^\n]*,)")]
    private static partial Regex NumberedLine();

    // "1,2,*", "^1,^3": the affiliations' numbers glued to an author's name, before a comma, "and" or the line's end.
    [GeneratedRegex(@"\G\^?(?<number>\d{1,2})(?:,\^?(?<number>\d{1,2}))*(?:,?[*†‡])?(?=[ \t]*(?:,|\band\b|\r?$|\n))", RegexOptions.Multiline)]
    private static partial Regex Marks();

    [GeneratedRegex(@"\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}\^?\d{1,2}(?:,\^?\d{1,2})*(?:,?[*†‡])?(?=\s*(?:,|\band\b|$))")]
    private static partial Regex AuthorWithMarks();

    [GeneratedRegex(@"\G[ \t]*,[ \t]*")]
    private static partial Regex Comma();

    [GeneratedRegex(@"\G[ \t]*(?:and|&)[ \t]+")]
    private static partial Regex JoinedBy();
}
