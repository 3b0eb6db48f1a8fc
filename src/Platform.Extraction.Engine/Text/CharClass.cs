namespace Platform.Extraction.Engine.Text;

/// <summary>Script classes that decide how names are delimited: Latin-like words need boundaries, CJK does not.</summary>
public static class CharClass
{
    /// <summary>Han ideographs, kana and hangul: scripts written without spaces between words.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF'
            or >= '\u3400' and <= '\u4DBF'
            or >= '\uF900' and <= '\uFAFF'
            or >= '\u3040' and <= '\u30FF'
            or >= '\uAC00' and <= '\uD7AF'
            or '\u3007';

    /// <summary>Han ideographs only (used for language detection).</summary>
    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>A letter or digit of a space-delimited script: a name may not start or end next to one.</summary>
    public static bool IsWordChar(char c) =>
        c < 0x80 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) && !IsCjk(c);

    public static bool IsLatinLetter(char c) =>
        char.IsAsciiLetter(c) || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7');
}
