namespace Platform.Extraction.Engine.Chinese;

/// <summary>A word as LAC groups it: UTF-16 offsets, <see cref="End"/> exclusive; Label is PER, LOC, n, v, …</summary>
public readonly record struct LacSpan(int Start, int End, string Label)
{
    public int Length => End - Start;

    public bool IsNamed => LacLabels.IsNamed(Label);

    public LacSpan Shift(int offset) => this with { Start = Start + offset, End = End + offset };
}
