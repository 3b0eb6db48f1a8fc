namespace Platform.Benchmarks;

/// <summary>One peer's figure as printed in the setup; <see cref="CharsPerSecond"/> is null when it was not measured.</summary>
internal sealed record PeerResult(string Name, string Summary, double? CharsPerSecond)
{
    public override string ToString() => $"{Name}: {Summary}";
}
