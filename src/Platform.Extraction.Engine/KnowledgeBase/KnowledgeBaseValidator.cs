using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.KnowledgeBase;

/// <summary>Checks the invariants the matcher and the graph rely on; returns one message per problem.</summary>
public static partial class KnowledgeBaseValidator
{
    public static IReadOnlyList<string> Validate(IReadOnlyList<KnowledgeBaseEntry> entries)
    {
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var qids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!SlugPattern().IsMatch(entry.Id))
            {
                problems.Add($"'{entry.Id}': id must be a lowercase slug (a-z, 0-9, single hyphens).");
            }
            if (!ids.Add(entry.Id))
            {
                problems.Add($"'{entry.Id}': duplicate id.");
            }
            if (!Enum.IsDefined(entry.Type))
            {
                problems.Add($"'{entry.Id}': no valid type.");
            }
            if (entry.WikidataId is { } qid)
            {
                if (!QidPattern().IsMatch(qid))
                {
                    problems.Add($"'{entry.Id}': Wikidata id '{qid}' does not look like Q followed by digits.");
                }
                else if (!qids.TryAdd(qid, entry.Id))
                {
                    problems.Add($"'{entry.Id}': Wikidata id {qid} is already used by '{qids[qid]}'.");
                }
            }
            foreach (var alias in entry.Aliases)
            {
                var key = MatchFolding.Key(alias.Text);
                var isCjkOnly = key.All(CharClass.IsCjk);
                if (key.Length < 2 || (!isCjkOnly && key.Count(char.IsLetterOrDigit) < 2))
                {
                    problems.Add($"'{entry.Id}': alias '{alias.Text}' is too short to match safely.");
                }
            }
        }

        foreach (var entry in entries)
        {
            foreach (var reference in entry.ContextIds.Append(entry.OwnerId).OfType<string>())
            {
                if (!ids.Contains(reference))
                {
                    problems.Add($"'{entry.Id}': refers to unknown entry '{reference}'.");
                }
            }
        }

        var claims = new Dictionary<string, List<(string Id, KnowledgeBaseAlias Alias)>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var alias in entry.Aliases)
            {
                var key = MatchFolding.Key(alias.Text);
                if (!claims.TryGetValue(key, out var earlier))
                {
                    claims[key] = [(entry.Id, alias)];
                    continue;
                }
                foreach (var (otherId, other) in earlier)
                {
                    if (otherId != entry.Id && Clash(alias, other))
                    {
                        problems.Add($"alias '{alias.Text}' maps to both '{otherId}' and '{entry.Id}'; mark it ambiguous in both or remove one.");
                        break;
                    }
                }
                earlier.Add((entry.Id, alias));
            }
        }
        return problems;
    }

    // Two case-sensitive spellings that differ in case ("xAI", "XAI") can never match the same text.
    private static bool Clash(KnowledgeBaseAlias first, KnowledgeBaseAlias second) =>
        !(first.Ambiguous && second.Ambiguous)
        && (first.Policy == AliasPolicy.Always || second.Policy == AliasPolicy.Always
            || string.Equals(CaseSignature(first.Text), CaseSignature(second.Text), StringComparison.Ordinal));

    private static string CaseSignature(string text)
    {
        var table = MatchFolding.CasePreservingTable;
        return new string(text.Select(c => table[c]).Where(char.IsLetterOrDigit).ToArray());
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^Q[1-9][0-9]*$")]
    private static partial Regex QidPattern();
}
