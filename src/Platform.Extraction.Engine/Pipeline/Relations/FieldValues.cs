using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>What a labelled field of a laid-out page ("Developed by: …", "(71)申请人：…", "Education: …", "主办单位：…") names
/// and the line that states it, for the readers of such fields.</summary>
internal static class FieldValues
{
    /// <summary>The entities the field's value names, from the label's end to the line's end, each once, perhaps of one type.</summary>
    public static IEnumerable<RelationArgument> Named(string text, IReadOnlyList<RelationArgument> mentions, Match field, EntityType? type = null)
    {
        var end = TextLines.EndOf(text, field.Index);
        return mentions.Where(m => (type is null || m.Type == type) && m.Start >= field.Index + field.Length && m.End <= end).DistinctBy(m => m.EntityId);
    }

    /// <summary>The line from <paramref name="from"/> to its end, without the given markup around it: the evidence of a field.</summary>
    public static (int Start, int End) Line(string text, int from, string markup) =>
        TextSpan.Trim(text, from, TextLines.EndOf(text, from), markup);
}
