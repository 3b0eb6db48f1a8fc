namespace Platform.Extraction.Engine.Text;

/// <summary>Where a position stands on its line.</summary>
internal static class TextLines
{
    /// <summary>Whether only spaces stand between the line's start and <paramref name="index"/>.</summary>
    public static bool OpensALine(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\r')
        {
            i--;
        }
        return i < 0 || text[i] == '\n';
    }

    /// <summary>Where the line holding <paramref name="index"/> starts (a newline at the index ends the line before).</summary>
    public static int StartOf(string text, int index) => text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;

    /// <summary>Where the line holding <paramref name="index"/> ends: at its newline, or at the text's end.</summary>
    public static int EndOf(string text, int index) => text.IndexOf('\n', index) is var newline and >= 0 ? newline : text.Length;
}
