using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Text;

/// <summary>Where a position stands on its line.</summary>
internal static partial class TextLines
{
    // A transcript's timestamp before a turn: "[00:12:44] EVANDER: …", "(12:40) Host: …".
    private const string Timestamp = @"[\[(]\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?[\])]";

    /// <summary>Where what a line says starts after a transcript's timestamp at <paramref name="start"/>, if one stands there.</summary>
    public static int AfterATimestamp(string text, int start) => start + LeadingTimestamp().Match(text, start).Length;

    /// <summary>
    /// Whether only spaces stand between the line's start and <paramref name="index"/>, or a transcript's timestamp, which
    /// opens a turn's line without being part of what it says.
    /// </summary>
    public static bool OpensALine(string text, int index)
    {
        if (index == 0)
        {
            return true;
        }
        var lineStart = StartOf(text, index);
        return LineOpening().IsMatch(text.AsSpan(lineStart, index - lineStart));
    }

    [GeneratedRegex(@"\G" + Timestamp + @"[ \t]*")]
    private static partial Regex LeadingTimestamp();

    [GeneratedRegex(@"^[ \t\r]*(?:" + Timestamp + @"[ \t\r]*)?$")]
    private static partial Regex LineOpening();

    /// <summary>Where the line holding <paramref name="index"/> starts (a newline at the index ends the line before).</summary>
    public static int StartOf(string text, int index) => text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;

    /// <summary>Where the line holding <paramref name="index"/> ends: at its newline, or at the text's end.</summary>
    public static int EndOf(string text, int index) => text.IndexOf('\n', index) is var newline and >= 0 ? newline : text.Length;
}
