using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A firm's milestones page lists what it did by date, the firm unsaid ("- 9月　完成数千万元天使轮融资，由衡渡资本领投",
/// "- 6月　与东南大学自动化学院共建…"): an entry that opens with no name is about the firm the text names most. A
/// zero-width mention of it is placed where the entry's words begin, so the cue patterns read it as the subject.
/// </summary>
internal static partial class DatedEntries
{
    public static IEnumerable<RelationArgument> Find(string text, int start, int end, List<RelationArgument> window, string? mostNamedOrganization)
    {
        if (mostNamedOrganization is null)
        {
            yield break;
        }
        for (var entry = EntryDate().Match(text, start, end - start); entry.Success; entry = entry.NextMatch())
        {
            var words = entry.Index + entry.Length;
            if (!window.Any(m => m.Start == words))
            {
                yield return new RelationArgument(words, words, mostNamedOrganization, EntityType.Organization);
            }
        }
    }

    // "- 3月　", "* 2024年5月 ", "- 11月12日：" (the list's marks may be blanked by now).
    [GeneratedRegex(@"(?<=(?:^|\n)[ \t]*(?:[-*•][ \t]*)?)(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:[ \t　]+|[ \t　]*[：:][ \t　]*)")]
    private static partial Regex EntryDate();
}
