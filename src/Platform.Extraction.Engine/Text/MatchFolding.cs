using System.Text;

namespace Platform.Extraction.Engine.Text;

/// <summary>
/// One-to-one character folding used to compare names: NFKC width forms, lower case, traditional → simplified,
/// middle-dot variants → '·', hyphens and horizontal white space → ' '. Being one char to one char, it never moves offsets.
/// </summary>
public static class MatchFolding
{
    public const char MiddleDot = '·';

    private static readonly Lazy<char[]> LazyFold = new(() => BuildTable(lowerCase: true));
    private static readonly Lazy<char[]> LazyWidthOnly = new(() => BuildTable(lowerCase: false));

    /// <summary>Folded char for every UTF-16 code unit.</summary>
    public static char[] Table => LazyFold.Value;

    /// <summary>Like <see cref="Table"/> but keeps letter case (for case-sensitive aliases).</summary>
    public static char[] CasePreservingTable => LazyWidthOnly.Value;

    public static char Fold(char c) => LazyFold.Value[c];

    /// <summary>
    /// The comparison key of a name: folded, white space collapsed, spaces next to CJK removed, trimmed.
    /// "微軟 AI" and "微软AI" share the key "微软ai".
    /// </summary>
    public static string Key(string name)
    {
        var table = Table;
        var builder = new StringBuilder(name.Length);
        foreach (var raw in name)
        {
            var c = table[raw];
            if (c == ' ' && (builder.Length == 0 || builder[^1] == ' ' || CharClass.IsCjk(builder[^1])))
            {
                continue;
            }
            if (CharClass.IsCjk(c) && builder.Length > 0 && builder[^1] == ' ')
            {
                builder.Length--;
            }
            builder.Append(c);
        }
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }
        return builder.ToString();
    }

    private static string? TryNormalize(char c)
    {
        try
        {
            return c.ToString().Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Noncharacters (U+FFFE, U+FFFF) cannot be normalised; they fold to themselves.
            return null;
        }
    }

    private static char[] BuildTable(bool lowerCase)
    {
        var converter = TraditionalToSimplified.Default;
        var table = new char[65536];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                table[i] = c;
                continue;
            }
            var folded = c;
            if (i >= 0x80 && TryNormalize(c) is [var single])
            {
                folded = single;
            }
            if (lowerCase)
            {
                folded = char.ToLowerInvariant(folded);
            }
            folded = converter.Map(folded);
            table[i] = folded switch
            {
                '\u00B7' or '\u2022' or '\u2027' or '\u2219' or '\u22C5' or '\u30FB' or '\uFF65' => MiddleDot,
                '-' or '‐' or '‑' or '‒' or '–' or '_' => ' ',
                '\t' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\u200A' or '\u202F' or '\u3000' => ' ',
                _ => folded,
            };
        }
        return table;
    }
}
