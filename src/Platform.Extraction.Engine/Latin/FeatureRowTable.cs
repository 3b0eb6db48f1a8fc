using System.Runtime.InteropServices;

namespace Platform.Extraction.Engine.Latin;

/// <summary>
/// The row of each known feature hash, by open addressing over one array of (hash, row) pairs. Written by hand because
/// the taggers look up some twenty features per character or word, almost all misses in cache: a
/// <see cref="Dictionary{TKey,TValue}"/> reads its bucket array and then its entry array, two dependent memory reads
/// before the weights, where one slot here holds both the hash and the row.
/// </summary>
internal sealed class FeatureRowTable
{
    private const int Empty = -1;
    private readonly Slot[] _slots;
    private readonly int _mask;

    public FeatureRowTable(IReadOnlyCollection<KeyValuePair<ulong, int>> rows)
    {
        var capacity = (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)rows.Count * 2));
        _slots = new Slot[capacity];
        _slots.AsSpan().Fill(new Slot(0, Empty));
        _mask = capacity - 1;
        foreach (var (hash, row) in rows)
        {
            var i = SlotOf(hash);
            while (_slots[i].Row != Empty)
            {
                i = (i + 1) & _mask;
            }
            _slots[i] = new Slot(hash, row);
        }
        Count = rows.Count;
    }

    public int Count { get; }

    public bool TryGetRow(ulong hash, out int row)
    {
        for (var i = SlotOf(hash); ; i = (i + 1) & _mask)
        {
            ref readonly var slot = ref _slots[i];
            if (slot.Row == Empty)
            {
                row = Empty;
                return false;
            }
            if (slot.Hash == hash)
            {
                row = slot.Row;
                return true;
            }
        }
    }

    /// <summary>Every (hash, row) pair, in no particular order.</summary>
    public IEnumerable<KeyValuePair<ulong, int>> Pairs() =>
        _slots.Where(s => s.Row != Empty).Select(s => KeyValuePair.Create(s.Hash, s.Row));

    // The hashes are FNV-1a already; folding the high half in spreads them over the low bits the mask keeps.
    private int SlotOf(ulong hash) => (int)((hash ^ (hash >> 32)) & (uint)_mask);

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Slot(ulong Hash, int Row);
}
