using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// Versions of one line of products that a text names (Tide-1, Tide-2 and Tide-3; 澜曜X5 and 澜曜X9): each is the
/// predecessor of the next by number, and the maker the text states for one of the line (or for the line's own name,
/// Kestrel of Kestrel 2) makes the others. The later version's, or the made product's, first mention is the evidence.
/// </summary>
internal static partial class ProductFamilies
{
    private const double Confidence = 0.7;

    /// <summary>
    /// Adds to <paramref name="stated"/> what the lines say, and drops a successor a cue pattern read across two lines
    /// ("That cost it on HumanEval, where it trailed its predecessor, Pilotfish 3": Pilotfish 3 precedes Pilotfish 4).
    /// </summary>
    public static void Apply(string text, IReadOnlyList<RelationArgument> mentions, List<ExtractedRelation> stated)
    {
        var (found, lineOf) = Find(text, mentions, stated);
        stated.RemoveAll(r => r.Predicate == "predecessor_of" && (lineOf.ContainsKey(r.SubjectId) || lineOf.ContainsKey(r.ObjectId))
            && lineOf.GetValueOrDefault(r.SubjectId) != lineOf.GetValueOrDefault(r.ObjectId));
        stated.AddRange(found.Where(f => !stated.Any(r => (r.SubjectId, r.Predicate, r.ObjectId) == (f.SubjectId, f.Predicate, f.ObjectId))));
    }

    /// <summary>What the lines say, and the line of each numbered product that has another version in the text.</summary>
    private static (List<ExtractedRelation> Found, Dictionary<string, string> LineOf) Find(string text, IReadOnlyList<RelationArgument> mentions, IReadOnlyList<ExtractedRelation> stated)
    {
        var relations = new List<ExtractedRelation>();
        var lineOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var products = mentions.Where(m => m.Type == EntityType.Product).GroupBy(m => m.EntityId)
            .Select(g => (Id: g.Key, First: g.MinBy(m => m.Start)!, Name: g.Select(m => text[m.Start..m.End]).MaxBy(n => n.Length)!))
            .ToList();
        foreach (var line in products.Select(p => (p.Id, p.First, Version: VersionOf(p.Name))).Where(p => p.Version is not null)
                     .GroupBy(p => p.Version!.Value.Line, StringComparer.Ordinal))
        {
            var versions = line.OrderBy(p => p.Version!.Value.Number).ToList();
            if (versions.Count < 2 || versions.DistinctBy(p => p.Version!.Value.Number).Count() < versions.Count)
            {
                continue;
            }
            for (var i = 1; i < versions.Count; i++)
            {
                relations.Add(Relation(text, versions[i - 1].Id, "predecessor_of", versions[i].Id, versions[i].First));
            }
            foreach (var version in versions)
            {
                lineOf[version.Id] = line.Key;
            }
            var lineName = versions[0].Version!.Value.Name;
            var members = versions.Select(v => (v.Id, v.First)).Concat(products.Where(p => p.Name == lineName).Select(p => (p.Id, p.First))).ToList();
            var makers = stated.Where(r => r.Predicate == "product_of" && members.Any(m => m.Id == r.SubjectId)).Select(r => r.ObjectId).Distinct().ToList();
            if (makers.Count != 1)
            {
                continue;
            }
            relations.AddRange(members.Where(m => !stated.Any(r => r.SubjectId == m.Id && r.Predicate == "product_of"))
                .Select(m => Relation(text, m.Id, "product_of", makers[0], m.First)));
        }
        return (relations, lineOf);
    }

    private static ExtractedRelation Relation(string text, string subject, string predicate, string obj, RelationArgument evidence) =>
        new(subject, predicate, obj, text[evidence.Start..evidence.End], evidence.Start, evidence.End, Confidence);

    /// <summary>
    /// A numbered product's name before its version, the line it belongs to (that name with the version's series letter:
    /// 澜曜X of 澜曜X5) and its number.
    /// </summary>
    private static (string Name, string Line, double Number)? VersionOf(string name) =>
        Numbered().Match(name) is { Success: true } match && match.Groups["name"].Length >= 2
            ? (match.Groups["name"].Value, match.Groups["name"].Value + match.Groups["series"].Value,
                double.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture))
            : null;

    // Tide-2, Kestrel 2, 澜曜X5, 行者H1, Qwen2.5: a name, then a number (with the series letter before it).
    [GeneratedRegex(@"^(?<name>\S.*?)[-\s]?(?<series>\p{Lu}?)(?<number>\d{1,3}(?:\.\d)?)$")]
    private static partial Regex Numbered();
}
