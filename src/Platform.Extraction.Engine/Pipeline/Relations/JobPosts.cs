using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A hiring thread's post opens with a header line: the firm, the role, where one works and how ("Carrowmed | Senior
/// Backend Engineer | Boston, MA | ONSITE"). The places of the fields after the role are where the firm is (not those
/// a remote field allows, "REMOTE (US/Canada)"); the post under the header is the firm's own text, whose "we" it is and
/// whose sentences that leave the subject unsaid ("Founded in 2024 by …", "Backed by Lux Capital") are about it.
/// </summary>
internal static partial class JobPosts
{
    private const double Confidence = 0.8;

    /// <summary>Each post's header and its firm, in the text's order.</summary>
    public static List<(int Start, string Firm)> Headers(string text, IReadOnlyDictionary<int, RelationArgument> organizationAt)
    {
        var headers = new List<(int Start, string Firm)>();
        foreach (Match header in Header().Matches(text))
        {
            if (organizationAt.TryGetValue(Firm(text, header).Start, out var firm))
            {
                headers.Add((header.Index, firm.EntityId));
            }
        }
        return headers;
    }

    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions, List<(int Start, string Firm)> headers)
    {
        foreach (var (start, firm) in headers)
        {
            var lineEnd = TextLines.EndOf(text, start);
            var (evidenceStart, evidenceEnd) = FieldValues.Line(text, start, Markup);
            var places = Fields(text, start, lineEnd).Skip(2).Where(f => !WorkMode().IsMatch(text.AsSpan(f.Start, f.End - f.Start)))
                .SelectMany(f => mentions.Where(m => m.Type == EntityType.Location && m.Start >= f.Start && m.End <= f.End))
                .Select(m => m.EntityId).Distinct();
            foreach (var place in places)
            {
                yield return new ExtractedRelation(firm, "located_in", place, text[evidenceStart..evidenceEnd], evidenceStart, evidenceEnd, Confidence);
            }
        }
    }

    /// <summary>
    /// A zero-width mention of the post's firm where a sentence of its post starts without a subject: "Founded in 2024 by
    /// Maren Lindahl and Omar Benkirane.", "Backed by Lux Capital; …", "Investors include Amazon and Google."
    /// </summary>
    public static IEnumerable<RelationArgument> ElidedSubjects(string text, int start, int end, List<RelationArgument> window, Speaker? turn)
    {
        if (turn is not { IsTheAuthor: true, OrganizationId: { } firm } || SubjectLeftUnsaid().Match(text, start, end - start) is not { Success: true } opening
            || window.Any(m => m.Start == opening.Index))
        {
            yield break;
        }
        yield return new RelationArgument(opening.Index, opening.Index, firm, EntityType.Organization);
    }

    /// <summary>Where the header's firm is named, without the markup around it.</summary>
    internal static (int Start, int End) Firm(string text, Match header) =>
        TextSpan.Trim(text, header.Groups["firm"].Index, header.Groups["firm"].Index + header.Groups["firm"].Length, Markup);

    private const string Markup = " \t*_";

    internal static IEnumerable<(int Start, int End)> Fields(string text, int start, int end)
    {
        for (var at = start; at < end;)
        {
            var bar = text.IndexOf('|', at, end - at) is var b and >= 0 ? b : end;
            yield return (at, bar);
            at = bar + 1;
        }
    }

    private const string WorkModes = "REMOTE|ONSITE|HYBRID|Remote|Onsite|On-site|Hybrid|INTERNS?|VISA";

    // The firm, the role, then fields of which one says how one works.
    [GeneratedRegex(@"(?m)^[ \t*_]*(?<firm>[^|\n]{2,60}?)[ \t]*\|(?<role>[^|\n]{2,120})\|[^\n]*\b(?:" + WorkModes + @")\b[^\n]*$")]
    internal static partial Regex Header();

    [GeneratedRegex(@"\b(?:" + WorkModes + @")\b")]
    internal static partial Regex WorkMode();

    [GeneratedRegex(@"\G\s*(?=(?:Founded|Co-founded|Cofounded|Started|Backed|Funded|Based|Headquartered|Spun out|Incubated|Acquired)\b|Investors include\b)")]
    private static partial Regex SubjectLeftUnsaid();
}
