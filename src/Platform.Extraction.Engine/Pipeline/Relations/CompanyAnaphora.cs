using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// "公司" / "该公司" / "the company" opening a clause, as a mention of the organisation the text is talking about: the
/// first organisation that opens a clause earlier in the same sentence or, when there is none, in the sentence before
/// ("青穹智能成立于2023年，……。今年3月，公司完成了A轮融资。"). Inside a compound (科技公司, 母公司) or after a
/// determiner naming another firm (一家公司) it is no mention.
/// </summary>
internal static partial class CompanyAnaphora
{
    public static List<RelationArgument> Find(string text, int start, int end, List<RelationArgument> inSentence, List<RelationArgument> previousSentence)
    {
        var found = new List<RelationArgument>();
        for (var match = Company().Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            if (inSentence.Any(m => m.Start < match.Index + match.Length && match.Index < m.End))
            {
                continue;
            }
            var earlier = inSentence.Where(m => m.End <= match.Index).ToList();
            var topic = ClauseOpeningOrganization(text, earlier) ?? (earlier.Any(m => m.Type == EntityType.Organization) ? null : ClauseOpeningOrganization(text, previousSentence));
            if (topic is not null)
            {
                found.Add(new RelationArgument(match.Index, match.Index + match.Length, topic, EntityType.Organization));
            }
        }
        return found;
    }

    private static string? ClauseOpeningOrganization(string text, List<RelationArgument> mentions) =>
        mentions.FirstOrDefault(m => m.Type == EntityType.Organization && OpensAClause(text, m.Start))?.EntityId;

    private static bool OpensAClause(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }
        return i < 0 || "，,：:。.!?！？；;\n“\"".Contains(text[i]);
    }

    [GeneratedRegex(@"(?<=(?:^|[，,：:。！？；\n“""]|\s)\s*)(?:该公司|这家公司|公司(?=[还已将正在与和也已完成获得宣布表示今目]))|\b[Tt]he company\b")]
    private static partial Regex Company();
}
