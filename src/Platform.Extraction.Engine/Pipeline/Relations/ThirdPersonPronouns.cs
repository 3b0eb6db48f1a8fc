using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// "他"/"她" and "he"/"she" as mentions of the one person the text has just named: the only person named earlier in
/// the same sentence or, when there is none, the only one in the nearest sentence before that names anyone
/// ("杨立昆……。他曾在纽约大学任教。", "…Okonjo…. It was cited widely. In 2016 she co-founded …"), where a
/// pronoun that stood for someone counts as naming them ("…林若溪从快手离职。离开时，她……。半年后，她在杭州创立了…"). With
/// two people to choose from the pronoun stays unread; "他们", "they" and object forms are never read, and "Her"/"His" only
/// opening a sentence ("Her 2019 book, …").
/// </summary>
internal static partial class ThirdPersonPronouns
{
    public static List<RelationArgument> Find(string text, int start, int end, List<RelationArgument> inSentence, List<RelationArgument> lastSentenceNamingPeople)
    {
        var found = new List<RelationArgument>();
        foreach (var match in ReferringWords.Within(Pronoun(), text, start, end))
        {
            if (ReferringWords.IsInsideAName(match, inSentence))
            {
                continue;
            }
            // "I"/"我" is never who "she" is: "I co-wrote a paper with Lilian Weng when she …".
            var named = inSentence.Where(m => !IsFirstPerson(text, m)).ToList();
            var before = OnlyPerson(named.Where(m => m.End <= match.Index)) ?? (named.Any(m => m.End <= match.Index && m.Type == EntityType.Person) ? null : OnlyPerson(lastSentenceNamingPeople));
            if (before is not null)
            {
                found.Add(new RelationArgument(match.Index, match.Index + match.Length, before, EntityType.Person));
            }
        }
        return found;
    }

    private static bool IsFirstPerson(string text, RelationArgument mention) =>
        text.AsSpan(mention.Start, mention.End - mention.Start) is "I" or "我";

    private static string? OnlyPerson(IEnumerable<RelationArgument> mentions)
    {
        var people = mentions.Where(m => m.Type == EntityType.Person).Select(m => m.EntityId).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return people.Count == 1 ? people[0] : null;
    }

    // "Her 2019 book, …" opening a sentence is the one person's too.
    [GeneratedRegex(@"[他她](?![们人])|\b[Hh]e\b|\b[Ss]he\b|(?<=(?:^|[.!?]\s+|\n\s*))(?:Her|His)\b")]
    private static partial Regex Pronoun();
}
