namespace Platform.Extraction.Engine.Evaluation;

/// <summary>
/// A relation challenge set: short texts, each with the relations it states and relations it must not yield.
/// The file format, one item per "&gt; " line:
/// <code>
/// ## section
/// &gt; Anthropic CEO Dario Amodei spoke first.
/// + dario-amodei | ceo_of | anthropic
/// - dario-amodei | works_at | anthropic
/// </code>
/// An end is an entity id or, for a name outside the KB, a surface form of the entity.
/// </summary>
public sealed record RelationChallenge(IReadOnlyList<ChallengeItem> Items)
{
    public static RelationChallenge Load(string path) => Parse(File.ReadLines(path));

    public static RelationChallenge Parse(IEnumerable<string> lines)
    {
        var items = new List<ChallengeItem>();
        var section = "";
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..].Trim();
            }
            else if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                items.Add(new ChallengeItem(section, line[2..], new List<ChallengeTriple>(), new List<ChallengeTriple>()));
            }
            else if (line.Length > 2 && line[0] is '+' or '-' && line[1] == ' ')
            {
                var item = items.Count > 0 ? items[^1] : throw new InvalidDataException($"Relation before any text: {line}");
                var triple = ChallengeTriple.Parse(line[2..]);
                ((List<ChallengeTriple>)(line[0] == '+' ? item.Expected : item.Forbidden)).Add(triple);
            }
            else if (line.Length > 0 && !line.StartsWith('#'))
            {
                throw new InvalidDataException($"Not a challenge line: {line}");
            }
        }
        return new RelationChallenge(items);
    }
}

public sealed record ChallengeItem(string Section, string Text, IReadOnlyList<ChallengeTriple> Expected, IReadOnlyList<ChallengeTriple> Forbidden);

public sealed record ChallengeTriple(string Subject, string Predicate, string Object)
{
    public static ChallengeTriple Parse(string text)
    {
        var parts = text.Split('|', StringSplitOptions.TrimEntries);
        return parts.Length == 3
            ? new ChallengeTriple(parts[0], parts[1], parts[2])
            : throw new InvalidDataException($"Expected 'subject | predicate | object': {text}");
    }

    public override string ToString() => $"{Subject} {Predicate} {Object}";
}
