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
}
