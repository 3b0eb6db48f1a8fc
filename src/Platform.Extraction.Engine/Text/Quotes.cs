namespace Platform.Extraction.Engine.Text;

/// <summary>Where a text quotes someone: inside quotation marks opened earlier in the same paragraph.</summary>
public static class Quotes
{
    /// <summary>A quotation is read back this far at most: a text without line breaks is not scanned whole for each word.</summary>
    private const int LongestQuotation = 1500;

    /// <summary>
    /// Whether <paramref name="index"/> lies inside a quotation: more curly quotes (“ or 「) opened than closed before it in
    /// its paragraph, or an odd number of straight ones. A paragraph is the run of text since the last line break, as
    /// quotations in news and blog posts close within their paragraph.
    /// </summary>
    public static bool IsInsideAQuote(string text, int index)
    {
        var from = Math.Max(0, index - LongestQuotation);
        var paragraphStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1, index - from) + 1;
        paragraphStart = Math.Max(paragraphStart, from);
        var (open, straight) = (0, 0);
        foreach (var c in text.AsSpan(paragraphStart, index - paragraphStart))
        {
            switch (c)
            {
                case '“' or '「':
                    open++;
                    break;
                case '”' or '」':
                    open = Math.Max(0, open - 1);
                    break;
                case '"':
                    straight++;
                    break;
            }
        }
        return open > 0 || straight % 2 == 1;
    }
}
