namespace Platform.Extraction.Engine.Text;

/// <summary>A UTF-16 range [Start, End).</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int index) => index >= Start && index < End;

    /// <summary>[start, end) of <paramref name="text"/> without the white space at either edge.</summary>
    public static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }

    /// <summary>[start, end) of <paramref name="text"/> without the <paramref name="around"/> characters at either edge (a line's markup).</summary>
    public static (int Start, int End) Trim(string text, int start, int end, ReadOnlySpan<char> around)
    {
        while (start < end && around.Contains(text[start]))
        {
            start++;
        }
        while (end > start && around.Contains(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }
}
