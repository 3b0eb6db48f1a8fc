using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A Chinese judgment opens with its parties, one a line: "原告：杭州衡枢智能科技有限公司，住所地…", then the party's
/// "法定代表人：邵景澜，董事长。" (who holds that post there) and "委托诉讼代理人：韦若琳，浙江锦恒律师事务所律师。" (a lawyer of the firm
/// named). The party is the organisation its line names first.
/// </summary>
internal static partial class CourtParties
{
    private const double Confidence = 0.8;

    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions)
    {
        RelationArgument? party = null;
        foreach (Match line in PartyBlockLine().Matches(text))
        {
            var valueStart = line.Index + line.Length;
            var lineEnd = TextLines.EndOf(text, valueStart);
            var (start, end) = FieldValues.Line(text, line.Index, " \t");
            var onTheLine = mentions.Where(m => m.Start >= valueStart && m.End <= lineEnd).ToList();
            if (line.Groups["party"].Success)
            {
                party = onTheLine.FirstOrDefault(m => m.Type == EntityType.Organization && m.Start == valueStart);
                continue;
            }
            if (onTheLine.FirstOrDefault(m => m.Type == EntityType.Person && m.Start == valueStart) is not { } person)
            {
                continue;
            }
            if (line.Groups["agent"].Success)
            {
                if (onTheLine.FirstOrDefault(m => m.Type == EntityType.Organization) is { } firm)
                {
                    yield return new ExtractedRelation(person.EntityId, "works_at", firm.EntityId, text[start..end], start, end, Confidence);
                }
            }
            else if (party is not null && PostAfterTheName().Match(text, person.End) is { Success: true } post)
            {
                foreach (var predicate in RoleNouns.Predicates(post).Distinct())
                {
                    yield return new ExtractedRelation(person.EntityId, predicate, party.EntityId, text[start..end], start, end, Confidence);
                }
            }
        }
    }

    [GeneratedRegex(@"(?<=^|\n)[ \t]*(?:(?<party>原告|被告|第三人|上诉人|被上诉人|申请人|被申请人|申请执行人|被执行人)(?:[(（][^)）\n]{1,10}[)）])?|(?<representative>法定代表人|负责人)|(?<agent>委托(?:诉讼)?代理人))[ \t]*[:：][ \t]*")]
    private static partial Regex PartyBlockLine();

    [GeneratedRegex(@"\G[ \t]*[,，][ \t]*" + RoleNouns.Chain)]
    private static partial Regex PostAfterTheName();
}
