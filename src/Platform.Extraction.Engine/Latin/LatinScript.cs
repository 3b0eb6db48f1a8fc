namespace Platform.Extraction.Engine.Latin;

/// <summary>Character classes the Latin tokenizer needs: which letters belong to Latin runs, and which end sentences.</summary>
internal static class LatinScript
{
    public static bool IsLatinLetter(char c) =>
        c < 0x0250 ? char.IsLetter(c)
        : (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);

    public static bool IsLatinDigit(char c) => (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);

    public static bool IsWordChar(char c) => IsLatinLetter(c) || IsLatinDigit(c);

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>"'s" or "’s" starts at <paramref name="at"/>: a possessive after the word that ends there.</summary>
    public static bool IsPossessiveAt(string text, int at) => at + 1 < text.Length && IsApostrophe(text[at]) && text[at + 1] == 's';

    /// <summary>Letters of other scripts (CJK, Cyrillic, …): a Latin run ends where one starts.</summary>
    public static bool IsOtherScriptLetter(char c) => !IsLatinLetter(c) && (char.IsLetter(c) || char.IsSurrogate(c));

    public static bool IsSentenceTerminator(char c) => c is '.' or '!' or '?' or '\u3002' or '\uFF01' or '\uFF1F' or '\uFF0E';

    public static bool IsUpper(char c) => char.IsUpper(c);

    /// <summary>A word in capitals: two letters or more and no lower-case one ("NVIDIA", "AT&amp;T", "GPT-4").</summary>
    public static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters > 1;
    }
}
