using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>A mention that relation patterns can refer to; offsets are UTF-16 indices into the whole text.</summary>
/// <param name="IsWe">"We", "our", "我们" standing for an organisation: its placeholder is ⟦i:S⟧, which any organisation placeholder also takes.</param>
public sealed record RelationArgument(int Start, int End, string EntityId, EntityType Type, bool IsWe = false);

/// <summary>
/// One sentence with every mention replaced by a typed placeholder ⟦index:T⟧, so that one regular
/// expression per cue covers any names: "⟦0:O⟧ CEO ⟦1:P⟧". Keeps the map back to the original text.
/// </summary>
internal sealed partial class SentenceTemplate
{
    private readonly int[] _originalAt;
    private readonly int[] _placeholderAt;

    private SentenceTemplate(string text, int[] originalAt, int[] placeholderAt, IReadOnlyList<RelationArgument> arguments)
    {
        Text = text;
        _originalAt = originalAt;
        _placeholderAt = placeholderAt;
        Arguments = arguments;
    }

    public string Text { get; }

    public IReadOnlyList<RelationArgument> Arguments { get; }

    /// <param name="forCuePatterns">Whether a name's short form in parentheses right after it is left out of the text (its
    /// placeholder is then the name's), and so is Markdown's bold ("**Fei-Fei Li**, co-director of …"): for the cue patterns,
    /// not for the classifier, whose features read every placeholder.</param>
    public static SentenceTemplate Build(string text, int sentenceStart, int sentenceEnd, IReadOnlyList<RelationArgument> arguments, bool forCuePatterns = false)
    {
        var sb = new StringBuilder(sentenceEnd - sentenceStart + arguments.Count * 6);
        var map = new List<int>(sentenceEnd - sentenceStart + arguments.Count * 6);
        var placeholderAt = new int[arguments.Count];
        var position = sentenceStart;
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            for (; position < argument.Start; position++)
            {
                Append(text, position, forCuePatterns, sb, map);
            }
            var placeholder = $"⟦{i}:{(argument.IsWe ? We : TypeLetter(argument.Type))}⟧";
            placeholderAt[i] = sb.Length;
            sb.Append(placeholder);
            for (var k = 0; k < placeholder.Length; k++)
            {
                map.Add(k == placeholder.Length - 1 ? argument.End - 1 : argument.Start);
            }
            position = argument.End;
            // 天穹云计算有限公司（下称“天穹云”）与…: the name's short form in parentheses is left out, so that what the sentence
            // says of the name follows it.
            if (forCuePatterns && i + 1 < arguments.Count && ShortFormInParentheses(text, argument, arguments[i + 1], sentenceEnd) is { } closed)
            {
                placeholderAt[++i] = placeholderAt[i - 1];
                position = closed;
            }
        }
        for (; position < sentenceEnd; position++)
        {
            Append(text, position, forCuePatterns, sb, map);
        }
        return new SentenceTemplate(sb.ToString(), [.. map], placeholderAt, arguments);
    }

    private static void Append(string text, int position, bool leaveOutBold, StringBuilder sb, List<int> map)
    {
        if (leaveOutBold && text[position] == '*' && ((position + 1 < text.Length && text[position + 1] == '*') || (position > 0 && text[position - 1] == '*')))
        {
            return;
        }
        sb.Append(TemplateCharacter(text, position));
        map.Add(position);
    }

    /// <summary>Where the parentheses close after <paramref name="next"/>, when they hold only the same entity's other name.</summary>
    private static int? ShortFormInParentheses(string text, RelationArgument argument, RelationArgument next, int sentenceEnd)
    {
        if (next.EntityId != argument.EntityId || next.Start < argument.End || next.End >= sentenceEnd
            || !OpeningOfAShortForm().IsMatch(text.AsSpan(argument.End, next.Start - argument.End)))
        {
            return null;
        }
        var closing = ClosingOfAShortForm().Match(text, next.End, Math.Min(4, sentenceEnd - next.End));
        return closing.Success ? closing.Index + closing.Length : null;
    }

    [GeneratedRegex(@"^\s*[（(]\s*(?:以下简称|下称|简称)?\s*[“""「]?$")]
    private static partial Regex OpeningOfAShortForm();

    [GeneratedRegex(@"\G[”""」]?\s*[）)]")]
    private static partial Regex ClosingOfAShortForm();

    /// <summary>
    /// A decimal point (1.5亿元, $1.5 billion) is written as U+066B, the Arabic decimal separator, and a comma between
    /// digits (160,000 performers) as U+066C, its thousands separator: the patterns' gaps stop at '.', which ends an English
    /// sentence, and asides at ',', and would stop inside an amount.
    /// </summary>
    private static char TemplateCharacter(string text, int position) =>
        text[position] is '.' or ',' && position > 0 && position + 1 < text.Length && char.IsAsciiDigit(text[position - 1]) && char.IsAsciiDigit(text[position + 1])
            ? text[position] == '.' ? DecimalPoint : ThousandsSeparator
            : text[position];

    private const char DecimalPoint = '\u066B';

    private const char ThousandsSeparator = '\u066C';

    /// <summary>The template text strictly between the placeholders of two arguments, in either order.</summary>
    public string Between(int first, int second)
    {
        var (left, right) = _placeholderAt[first] < _placeholderAt[second] ? (first, second) : (second, first);
        var start = Text.IndexOf('⟧', _placeholderAt[left]) + 1;
        return Text[start.._placeholderAt[right]];
    }

    /// <summary>The original-text range covered by template characters [start, end).</summary>
    public (int Start, int End) ToOriginal(int start, int end) => (_originalAt[start], _originalAt[end - 1] + 1);

    /// <summary>The placeholder letter of an organisation's "we" (<see cref="RelationArgument.IsWe"/>).</summary>
    public const char We = 'S';

    public static char TypeLetter(EntityType type) => type switch
    {
        EntityType.Person => 'P',
        EntityType.Organization => 'O',
        EntityType.Product => 'R',
        EntityType.Location => 'L',
        EntityType.Event => 'E',
        EntityType.Work => 'W',
        _ => 'C',
    };
}
