using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// An event's programme names its parties in labelled lines: "主办单位：厦门市工业和信息化局、厦门大学" and 承办单位 (the
/// organisers, participants of the event), "协办单位：华为云、阿里云" and 支持单位 (its partners); "Organised by", "Supported
/// by", "Gold sponsors:", "Media partner:" in English; a heading alone ("## 承办单位") may stand over them. Its speakers
/// stand after their role ("演讲嘉宾：陈以衡　鹭芯智能首席科学家", "主持人：…", "with speakers including:", a roundtable's
/// "对话嘉宾：" over one guest a line): each takes part in the event, and the firm and title after the name are a post there.
/// The event is the first one the text names.
/// </summary>
internal static partial class ProgrammeFields
{
    private const double Confidence = 0.8;

    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions)
    {
        var organisers = OrganiserField().Matches(text);
        // The programme's event is named before its fields (in its title), not in a speaker's bio ("在CVPR等会议发表论文").
        var fieldsStart = organisers.Concat(SpeakerLabel().Matches(text)).Select(f => f.Index).DefaultIfEmpty(text.Length).Min();
        if (organisers.Count == 0 || mentions.FirstOrDefault(m => m.Type == EntityType.Event && m.End <= fieldsStart) is not { } programmeEvent)
        {
            yield break;
        }
        foreach (Match field in organisers)
        {
            var (start, end) = Line(text, field.Index);
            var predicate = field.Groups["partner"].Success ? "partner_of" : "participant_of";
            if (!field.Groups["heading"].Success)
            {
                foreach (var organization in FieldValues.Named(text, mentions, field, EntityType.Organization))
                {
                    yield return new ExtractedRelation(organization.EntityId, predicate, programmeEvent.EntityId, text[start..end], start, end, Confidence);
                }
                continue;
            }
            // "## 承办单位" over its units, one a line: the evidence runs from the heading to the unit's line.
            var sectionEnd = EndOfList(text, end);
            foreach (var organization in mentions.Where(m => m.Type == EntityType.Organization && m.Start >= end && m.End <= sectionEnd).DistinctBy(m => m.EntityId))
            {
                var unitLineEnd = Line(text, organization.Start).End;
                yield return new ExtractedRelation(organization.EntityId, predicate, programmeEvent.EntityId, text[start..unitLineEnd], start, unitLineEnd, Confidence);
            }
        }
        foreach (Match label in SpeakerLabel().Matches(text))
        {
            // The label's line, or where it ends its line, the guests listed one a line under it.
            var labelLineEnd = TextLines.EndOf(text, label.Index);
            var end = text.AsSpan(label.Index + label.Length, labelLineEnd - label.Index - label.Length).IsWhiteSpace()
                ? EndOfList(text, labelLineEnd)
                : labelLineEnd;
            foreach (var speaker in mentions.Where(m => m.Type == EntityType.Person && m.Start >= label.Index + label.Length && m.End <= end).DistinctBy(m => m.EntityId))
            {
                var (start, lineEnd) = Line(text, speaker.Start);
                yield return new ExtractedRelation(speaker.EntityId, "participant_of", programmeEvent.EntityId, text[start..lineEnd], start, lineEnd, Confidence);
                if (FirmAfterTheName().Match(text, speaker.End) is { Success: true } gap
                    && mentions.FirstOrDefault(m => m.Type == EntityType.Organization && m.Start == speaker.End + gap.Length) is { } firm
                    && TitleAfterTheFirm().Match(text, firm.End) is { Success: true } title)
                {
                    foreach (var predicate in RoleNouns.Predicates(title).Distinct())
                    {
                        yield return new ExtractedRelation(speaker.EntityId, predicate, firm.EntityId, text[start..lineEnd], start, lineEnd, Confidence);
                    }
                }
            }
        }
    }

    /// <summary>Where the lines after <paramref name="lineEnd"/> stop being a list's items (at a blank line).</summary>
    private static int EndOfList(string text, int lineEnd)
    {
        var end = lineEnd;
        while (end < text.Length && ListItem().Match(text, end + 1) is { Success: true } item)
        {
            end = TextLines.EndOf(text, item.Index);
        }
        return end;
    }

    private static (int Start, int End) Line(string text, int at) => FieldValues.Line(text, TextLines.StartOf(text, at), " \t-*|");

    // A field's label before its values, or a heading alone on its line over them.
    [GeneratedRegex(@"(?<=^|\n)[ \t*_#-]*(?:(?<organiser>主办单位|承办单位|主办方|承办方|Organi[sz]ed by|Organi[sz]ers?|Hosted by|Host)|(?<partner>协办单位|支持单位|协办方|支持方|Co-organi[sz]ed by|Supported by|" + PatternPieces.SponsorLabels + @"))[ \t*_]*(?:[:：][ \t]*|(?<heading>(?=\n)))")]
    private static partial Regex OrganiserField();

    [GeneratedRegex(@"(?:" + PatternPieces.ChineseSpeakerRoles + @"|[Ss]peakers?(?:[ \t]+(?:include|including))?|Moderator|Panelists?|Keynote)[ \t*_]*[:：][ \t]*")]
    private static partial Regex SpeakerLabel();

    // "陈以衡　鹭芯智能首席科学家", "罗一帆　《智算观察》主编": the name, a space, the firm.
    [GeneratedRegex(@"\G[ \t\u3000]+《?")]
    private static partial Regex FirmAfterTheName();

    // Then the title, perhaps after the firm's region or unit ("NVIDIA中国区高级解决方案架构师").
    [GeneratedRegex(@"\G》?[^\s，,。|]{0,6}?" + RoleNouns.Chain, RegexOptions.IgnoreCase)]
    private static partial Regex TitleAfterTheFirm();

    // A list's item, its mark perhaps blanked with the rest of the markup; a blank line ends the list.
    [GeneratedRegex(@"\G[ \t]*(?:[-*•][ \t]+)?[^\s][^\n]*")]
    private static partial Regex ListItem();
}
