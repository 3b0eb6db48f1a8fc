using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Pipeline.Candidates;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A standard's foreword speaks of "本文件" (this document), the standard its cover names by code: "本文件起草单位：中国信息通信研究院、
/// 清华大学…" and "本文件主要起草人：林若晨、…" list its authors, "本文件是T/ZICS 021《…》的第2部分" the series it is part of.
/// </summary>
internal static partial class StandardFields
{
    private const double Confidence = 0.8;

    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions)
    {
        if (!ThisDocument().IsMatch(text)
            || mentions.FirstOrDefault(m => m.Type == EntityType.Work && StandardCodes.IsCode(text[m.Start..m.End])) is not { } standard)
        {
            yield break;
        }
        foreach (Match field in DraftersField().Matches(text))
        {
            var (start, end) = FieldValues.Line(text, field.Index, " \t");
            var type = field.Groups["units"].Success ? EntityType.Organization : EntityType.Person;
            foreach (var author in FieldValues.Named(text, mentions, field, type))
            {
                yield return new ExtractedRelation(author.EntityId, "author_of", standard.EntityId, text[start..end], start, end, Confidence);
            }
        }
        // "本文件是T/ZICS 021《…》的第2部分": the series; "本文件代替T/ZICS 009—2024", or the cover's "代替 T/ZICS 009—2024"
        // under its code: the edition it replaces.
        foreach (Match cue in SeriesOrReplaced().Matches(text))
        {
            if (mentions.FirstOrDefault(m => m.Type == EntityType.Work && m.Start == cue.Index + cue.Length) is not { } other || other.EntityId == standard.EntityId)
            {
                continue;
            }
            if (cue.Groups["replaces"].Success)
            {
                var end = TextLines.EndOf(text, other.End);
                yield return new ExtractedRelation(other.EntityId, "predecessor_of", standard.EntityId, text[cue.Index..end].TrimEnd(), cue.Index, end, Confidence);
            }
            else if (PartNumber().Match(text, other.End) is { Success: true } part)
            {
                var end = part.Index + part.Length;
                yield return new ExtractedRelation(standard.EntityId, "part_of", other.EntityId, text[cue.Index..end], cue.Index, end, Confidence);
            }
        }
    }

    [GeneratedRegex(@"本(?:文件|标准|部分)(?:是|为)\s*|(?<replaces>本(?:文件|标准|部分)代替\s*|(?<=^|\n)[ \t]*代替[ \t]+)")]
    private static partial Regex SeriesOrReplaced();

    [GeneratedRegex(@"\G\s*(?:《[^》\n]{1,60}》)?\s*的第[一二三四五六七八九十\d]+部分")]
    private static partial Regex PartNumber();

    [GeneratedRegex("本(?:文件|标准|部分)")]
    private static partial Regex ThisDocument();

    [GeneratedRegex(@"本(?:文件|标准|部分)(?:的)?(?:主要)?起草(?:(?<units>单位)|人)[ \t]*[:：][ \t]*")]
    private static partial Regex DraftersField();
}
