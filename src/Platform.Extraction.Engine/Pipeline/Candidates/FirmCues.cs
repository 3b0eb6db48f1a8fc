using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// A Chinese name a tagger read as a person's (米哈游: 米 is a surname) that the text treats as a firm's somewhere — its
/// arm after it (米哈游旗下的逆熵实验室), or an officer's title and name (米哈游总裁刘伟) — names a firm everywhere in the
/// document.
/// </summary>
internal static partial class FirmCues
{
    public static void RetypePeopleActingAsFirms(string text, List<Candidate> candidates)
    {
        var people = candidates.Where(c => c is { Type: EntityType.Person, Entry: null } && c.Text.All(Text.CharClass.IsHan)).ToList();
        if (people.Count == 0)
        {
            return;
        }
        var personStarts = people.Select(p => p.Start).ToHashSet();
        var firms = people.Where(p => FirmCue().Match(text, p.End) is { Success: true } cue
                && (cue.Groups["arm"].Success || personStarts.Contains(p.End + cue.Length)))
            .Select(p => p.Text).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i] is { Type: EntityType.Person, Entry: null } person && firms.Contains(person.Text))
            {
                candidates[i] = person with { Type = EntityType.Organization, Cue = "a firm where the text gives it an arm or an officer" };
            }
        }
    }

    [GeneratedRegex(@"\G(?:(?<arm>旗下)|(?:联合创始人|创始人|首席执行官|首席技术官|董事长|副总裁|总裁|总经理|CEO|CTO))")]
    private static partial Regex FirmCue();
}
