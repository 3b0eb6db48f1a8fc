using System.Runtime.InteropServices;

namespace Platform.Extraction.Engine.Latin;

/// <summary>
/// The row of each known feature hash, by open addressing over one array of (fingerprint, row) pairs. Written by hand
/// because the taggers look up some twenty features per character or word, almost all misses in cache: a
/// <see cref="Dictionary{TKey,TValue}"/> reads its bucket array and then its entry array, two dependent memory reads
/// before the weights, where one slot here answers a miss. A slot keeps 32 bits of the hash, not 64, which halves the
/// table (8 bytes a slot, eight to a cache line); a fingerprint that matches is confirmed against the full hash of its
/// row, so no unknown feature is ever taken for a known one.
/// </summary>
internal sealed class FeatureRowTable
{
    private const int Empty = -1;
    private readonly Slot[] _slots;
    private readonly ulong[] _hashOfRow;
    private readonly int _mask;

    /// <param name="rows">Each feature hash with its row; the rows are 0 to <c>rows.Count - 1</c>, each once.</param>
    public FeatureRowTable(IReadOnlyCollection<KeyValuePair<ulong, int>> rows)
    {
        var capacity = (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)rows.Count * 2));
        _slots = new Slot[capacity];
        _slots.AsSpan().Fill(new Slot(0, Empty));
        _hashOfRow = new ulong[rows.Count];
        _mask = capacity - 1;
        foreach (var (hash, row) in rows)
        {
            if ((uint)row >= (uint)rows.Count)
            {
                throw new ArgumentException($"Row {row} is outside 0..{rows.Count - 1}.", nameof(rows));
            }

            var i = SlotOf(hash);
            while (_slots[i].Row != Empty)
            {
                i = (i + 1) & _mask;
            }
            _slots[i] = new Slot(Fingerprint(hash), row);
            _hashOfRow[row] = hash;
        }
        Count = rows.Count;
    }

    public int Count { get; }

    public bool TryGetRow(ulong hash, out int row)
    {
        var fingerprint = Fingerprint(hash);
        for (var i = SlotOf(hash); ; i = (i + 1) & _mask)
        {
            ref readonly var slot = ref _slots[i];
            if (slot.Row == Empty)
            {
                row = Empty;
                return false;
            }
            if (slot.Fingerprint == fingerprint && _hashOfRow[slot.Row] == hash)
            {
                row = slot.Row;
                return true;
            }
        }
    }

    /// <summary>Every (hash, row) pair, by row.</summary>
    public IEnumerable<KeyValuePair<ulong, int>> Pairs() => _hashOfRow.Select((hash, row) => KeyValuePair.Create(hash, row));

    // The hashes are FNV-1a already; folding the high half in spreads them over the low bits the mask keeps.
    private int SlotOf(ulong hash) => (int)((hash ^ (hash >> 32)) & (uint)_mask);

    private static uint Fingerprint(ulong hash) => (uint)(hash >> 32);

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Slot(uint Fingerprint, int Row);
}
