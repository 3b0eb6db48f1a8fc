using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A cue for one predicate, written over sentence templates: <c>{P:s}</c> is a person mention captured
/// as the subject, <c>{OR:o}</c> an organisation or product captured as the object. When
/// <see cref="ExpandLists"/> is set, a captured argument that heads a list ("A、B和C", "A, B and C")
/// stands for every member of the list. A work may stand in title marks (《⟦W⟧》). A pattern without a
/// subject placeholder takes the speaker ("我", "I") of the sentence as its subject.
/// </summary>
internal sealed partial class RelationPattern
{
    public RelationPattern(string predicate, string template, double confidence = 0.8, bool expandLists = false)
    {
        Predicate = predicate;
        Confidence = confidence;
        ExpandLists = expandLists;
        HasSubject = template.Contains(":s}", StringComparison.Ordinal);
        Regex = new Regex(Placeholder().Replace(template, m => Expand(m.Groups[1].Value, m.Groups[2].Value)),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public bool HasSubject { get; }

    public string Predicate { get; }

    public double Confidence { get; }

    public bool ExpandLists { get; }

    public Regex Regex { get; }

    private static string Expand(string types, string group)
    {
        var placeholder = $"⟦(?<{group}>\\d+):[{types}]⟧";
        return types.Contains('W') ? $"《?{placeholder}》?" : placeholder;
    }

    [GeneratedRegex(@"\{([A-Z]+):([so])\}")]
    private static partial Regex Placeholder();
}
