using Platform.Extraction.Engine.Latin;

namespace Platform.Extraction.Engine.Tests.Latin;

public class FeatureRowTableTests
{
    [Fact]
    public void EveryHashFindsItsRow_AndAnUnknownHashFindsNone()
    {
        var random = new Random(11);
        var rows = new Dictionary<ulong, int>();
        while (rows.Count < 5000)
        {
            // Hashes that share their low bits collide in the table and must still be told apart.
            var hash = rows.Count % 3 == 0 ? (ulong)random.NextInt64() << 20 : (ulong)random.NextInt64();
            rows.TryAdd(hash, rows.Count);
        }
        var table = new FeatureRowTable(rows);

        Assert.Equal(rows.Count, table.Count);
        Assert.All(rows, pair => Assert.True(table.TryGetRow(pair.Key, out var row) && row == pair.Value));
        Assert.Equal(rows.OrderBy(p => p.Key), table.Pairs().OrderBy(p => p.Key));
        for (var i = 0; i < 5000; i++)
        {
            var unknown = (ulong)random.NextInt64();
            Assert.Equal(rows.ContainsKey(unknown), table.TryGetRow(unknown, out _));
        }
    }
}
