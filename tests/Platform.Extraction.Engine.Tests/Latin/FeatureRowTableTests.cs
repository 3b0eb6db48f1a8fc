using Platform.Extraction.Engine.Latin;

namespace Platform.Extraction.Engine.Tests.Latin;

public class FeatureRowTableTests
{
    [Fact]
    public void TryGetRow_KnownHashes_GiveTheirRows()
    {
        var rows = Enumerable.Range(0, 1000).ToDictionary(i => (ulong)i * 0x9E3779B97F4A7C15UL, i => i);
        var table = new FeatureRowTable(rows);

        Assert.All(rows, pair => Assert.True(table.TryGetRow(pair.Key, out var row) && row == pair.Value));
        Assert.Equal(rows.OrderBy(p => p.Value), table.Pairs());
    }

    [Fact]
    public void TryGetRow_UnknownHashWithAKnownOnesHighHalfAndSlot_IsNotFound()
    {
        // Same high 32 bits (the slot's fingerprint) and the same folded low bits (its slot): only the full hash tells them apart.
        const ulong known = 0x1234_5678_0000_0001UL;
        const ulong twin = 0x1234_5678_0001_0001UL;
        var table = new FeatureRowTable(new Dictionary<ulong, int> { [known] = 0 });

        Assert.True(table.TryGetRow(known, out _));
        Assert.False(table.TryGetRow(twin, out var row));
        Assert.Equal(-1, row);
    }

    [Fact]
    public void Constructor_RowOutsideTheCount_Throws() =>
        Assert.Throws<ArgumentException>(() => new FeatureRowTable(new Dictionary<ulong, int> { [7] = 3 }));
}
