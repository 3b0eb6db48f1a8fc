using System.Globalization;
using System.Text;

namespace Platform.Storage;

/// <summary>
/// The look-up key of a name: NFKC (full-width to half-width), lower case, collapsed whitespace,
/// no spaces between CJK characters and one middle dot. "Ｍｉｃｒｏｓｏｆｔ" and "microsoft" share a key.
/// </summary>
public static class NameKey
{
    public static string Normalize(string name)
    {
        var nfkc = name.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var sb = new StringBuilder(nfkc.Length);
        var pendingSpace = false;
        foreach (var ch in nfkc)
        {
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            var c = ch is '•' or '・' or '‧' or '∙' ? '·' : ch;
            if (pendingSpace && !(IsCjk(sb[^1]) && IsCjk(c)))
            {
                sb.Append(' ');
            }
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsCjk(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c >= '\u2E80';
}
