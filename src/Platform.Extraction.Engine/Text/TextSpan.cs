namespace Platform.Extraction.Engine.Text;

/// <summary>A UTF-16 range [Start, End).</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int index) => index >= Start && index < End;
}
