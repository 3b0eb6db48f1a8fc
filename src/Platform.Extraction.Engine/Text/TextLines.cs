using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Text;

/// <summary>Where a position stands on its line.</summary>
internal static partial class TextLines
{
    /// <summary>Where what a line says starts after a transcript's timestamp at <paramref name="start"/> ("[00:12:44] "), if one stands there.</summary>
    public static int AfterATimestamp(string text, int start) => start + LeadingTimestamp().Match(text, start).Length;

    [GeneratedRegex(@"\G[\[(]\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?[\])][ \t]*")]
    private static partial Regex LeadingTimestamp();

    /// <summary>
    /// Whether only spaces stand between the line's start and <paramref name="index"/>, or a transcript's timestamp
    /// ("[00:12:44] EVANDER: …", "(12:40) Host: …"), which opens a turn's line without being part of what it says.
    /// </summary>
    public static bool OpensALine(string text, int index)
    {
        var i = SkipSpacesBack(text, index - 1);
        if (i >= 0 && text[i] is ']' or ')' && TimestampStart(text, i - 1) is var open and >= 1 && text[open - 1] is '[' or '(')
        {
            i = SkipSpacesBack(text, open - 2);
        }
        return i < 0 || text[i] == '\n';
    }

    private static int SkipSpacesBack(string text, int i)
    {
        while (i >= 0 && text[i] is ' ' or '\t' or '\r')
        {
            i--;
        }
        return i;
    }

    /// <summary>Where a timestamp of minutes and seconds (12:40, 00:12:44, 1:02:03.5) ending at <paramref name="last"/> starts, or -1.</summary>
    private static int TimestampStart(string text, int last)
    {
        var i = last;
        var colons = 0;
        while (i >= 0 && (char.IsAsciiDigit(text[i]) || text[i] is ':' or '.'))
        {
            colons += text[i] == ':' ? 1 : 0;
            i--;
        }
        return colons is >= 1 and <= 2 && i < last && char.IsAsciiDigit(text[last]) && char.IsAsciiDigit(text[i + 1]) ? i + 1 : -1;
    }

    /// <summary>Where the line holding <paramref name="index"/> starts (a newline at the index ends the line before).</summary>
    public static int StartOf(string text, int index) => text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;

    /// <summary>Where the line holding <paramref name="index"/> ends: at its newline, or at the text's end.</summary>
    public static int EndOf(string text, int index) => text.IndexOf('\n', index) is var newline and >= 0 ? newline : text.Length;
}
