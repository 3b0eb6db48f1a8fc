using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Text;

/// <summary>
/// Replaces non-prose characters with spaces (newlines kept) so that the prose keeps its offsets:
/// URLs and e-mail addresses always; for markdown also code fences, image syntax, link targets, HTML tags and
/// heading/emphasis/list/quote markers.
/// </summary>
public static partial class MarkupBlanker
{
    public static void BlankUrlsAndEmails(char[] text)
    {
        var view = new string(text);
        foreach (Match match in EmailPattern().Matches(view))
        {
            Blank(text, match.Index, match.Length);
        }
        foreach (Match match in UrlPattern().Matches(view))
        {
            var length = match.Length;
            while (length > 0 && ".,;:!?)]}'\"".Contains(view[match.Index + length - 1], StringComparison.Ordinal))
            {
                length--;
            }
            Blank(text, match.Index, length);
        }
    }

    public static void BlankMarkdown(char[] text)
    {
        BlankCodeFences(text);
        var view = new string(text);
        foreach (Match match in ImagePattern().Matches(view))
        {
            var alt = match.Groups["alt"];
            if (FileNamePattern().IsMatch(alt.Value) || alt.Value.Contains("://", StringComparison.Ordinal))
            {
                Blank(text, match.Index, match.Length);
                continue;
            }
            Blank(text, match.Index, alt.Index - match.Index);
            Blank(text, alt.Index + alt.Length, match.Index + match.Length - (alt.Index + alt.Length));
        }
        view = new string(text);
        foreach (Match match in LinkPattern().Matches(view))
        {
            var label = match.Groups["label"];
            Blank(text, match.Index, 1);
            Blank(text, label.Index + label.Length, match.Index + match.Length - (label.Index + label.Length));
        }
        view = new string(text);
        foreach (var pattern in new[] { LinkDefinitionPattern(), AutoLinkPattern(), HtmlTagPattern(), HeadingMarkerPattern(), SetextUnderlinePattern(), ListOrQuoteMarkerPattern(), EmphasisRunPattern(), InlineCodeMarkerPattern() })
        {
            foreach (Match match in pattern.Matches(view))
            {
                var marker = match.Groups["m"];
                if (marker.Success)
                {
                    Blank(text, marker.Index, marker.Length);
                }
                else
                {
                    Blank(text, match.Index, match.Length);
                }
            }
        }
        view = new string(text);
        foreach (Match match in SingleStarEmphasisPattern().Matches(view))
        {
            Blank(text, match.Index, 1);
            Blank(text, match.Index + match.Length - 1, 1);
        }
    }

    /// <summary>Whether an untyped text looks like markdown.</summary>
    public static bool LooksLikeMarkdown(string text) => MarkdownSignalPattern().IsMatch(text);

    public static void Blank(char[] text, int start, int length)
    {
        for (var i = start; i < start + length && i < text.Length; i++)
        {
            if (text[i] is not '\n' and not '\r')
            {
                text[i] = ' ';
            }
        }
    }

    private static void BlankCodeFences(char[] text)
    {
        var lineStart = 0;
        var fenceStart = -1;
        while (lineStart < text.Length)
        {
            var lineEnd = Array.IndexOf(text, '\n', lineStart);
            var next = lineEnd < 0 ? text.Length : lineEnd + 1;
            var i = lineStart;
            while (i < text.Length && i - lineStart < 4 && text[i] == ' ')
            {
                i++;
            }
            var isFence = i + 2 < text.Length && ((text[i] == '`' && text[i + 1] == '`' && text[i + 2] == '`') || (text[i] == '~' && text[i + 1] == '~' && text[i + 2] == '~'));
            if (isFence)
            {
                if (fenceStart < 0)
                {
                    fenceStart = lineStart;
                }
                else
                {
                    Blank(text, fenceStart, next - fenceStart);
                    fenceStart = -1;
                }
            }
            lineStart = next;
        }
        if (fenceStart >= 0)
        {
            Blank(text, fenceStart, text.Length - fenceStart);
        }
    }

    // Host names start where a run of host characters starts and labels are atomic: long runs such as
    // "-----" or "a-a-a-…" cost linear time, not quadratic.
    [GeneratedRegex(@"(?:https?|ftp)://[^\s<>""\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]+|\bwww\.[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+[^\s<>""\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]*|(?<![\w@./\-])(?>[A-Za-z0-9\-]+)(?:\.(?>[A-Za-z0-9\-]+))*\.(?:com|org|net|io|ai|fm|cn|co|gov|edu|me|tv|app|dev|uk|us)/[^\s<>""\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]*", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    // Matches start only where a run of address characters starts, so a long run without "@" is scanned once.
    [GeneratedRegex(@"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"!\[(?<alt>[^\]\n]*)\]\([^)\n]*\)")]
    private static partial Regex ImagePattern();

    [GeneratedRegex(@"^[\w\-. ]+\.(?:png|jpe?g|gif|webp|svg|bmp|avif)$|^[0-9a-f]{16,}$", RegexOptions.IgnoreCase)]
    private static partial Regex FileNamePattern();

    [GeneratedRegex(@"(?<!!)\[(?<label>[^\]\n]+)\]\([^)\n]*\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"^ {0,3}\[[^\]\n]+\]:[^\n]*", RegexOptions.Multiline)]
    private static partial Regex LinkDefinitionPattern();

    [GeneratedRegex(@"<(?:https?|mailto):[^>\s]+>")]
    private static partial Regex AutoLinkPattern();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9\-]*(?:\s[^<>\n]*)?/?>|<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlTagPattern();

    [GeneratedRegex(@"^ {0,3}(?<m>#{1,6})(?=\s)|(?<=\S)(?<m>[ \t]+#+)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex HeadingMarkerPattern();

    [GeneratedRegex(@"^ {0,3}(?:=+|-{3,}|\*{3,}|_{3,})[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex SetextUnderlinePattern();

    [GeneratedRegex(@"^[ \t]*(?<m>(?:>[ \t]?)+|[*+\-](?=[ \t])|\d{1,3}[.)](?=[ \t]))", RegexOptions.Multiline)]
    private static partial Regex ListOrQuoteMarkerPattern();

    [GeneratedRegex(@"\*\*+|__+|~~")]
    private static partial Regex EmphasisRunPattern();

    [GeneratedRegex(@"`+")]
    private static partial Regex InlineCodeMarkerPattern();

    [GeneratedRegex(@"(?<![\w*])\*(?=\S)[^*\n]+?(?<=\S)\*(?![\w*])")]
    private static partial Regex SingleStarEmphasisPattern();

    [GeneratedRegex(@"^ {0,3}#{1,6} |\]\(|^```|\*\*\S|^ {0,3}[*\-] \S", RegexOptions.Multiline)]
    private static partial Regex MarkdownSignalPattern();
}
