using System.Runtime.CompilerServices;

namespace Platform.Extraction.Engine.KnowledgeBase;

/// <summary>
/// A character trie packed for fast stepping: a dense table for the root's children and one open-addressing
/// hash table for every other transition.
/// </summary>
internal sealed class AliasTrie
{
    private const ulong EmptyKey = ulong.MaxValue;

    private readonly int[] _rootChildren;
    private readonly ulong[] _keys;
    private readonly int[] _targets;
    private readonly int _shift;

    private AliasTrie(int[] rootChildren, ulong[] keys, int[] targets, int shift, int nodeCount)
    {
        _rootChildren = rootChildren;
        _keys = keys;
        _targets = targets;
        _shift = shift;
        NodeCount = nodeCount;
    }

    public int NodeCount { get; }

    /// <summary>The child of the root for <paramref name="c"/>, or 0 when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RootStep(char c) => _rootChildren[c];

    /// <summary>The child of <paramref name="node"/> for <paramref name="c"/>, or 0 when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Step(int node, char c)
    {
        var key = ((ulong)(uint)node << 16) | c;
        var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
        var mask = _keys.Length - 1;
        while (true)
        {
            var found = _keys[slot];
            if (found == key)
            {
                return _targets[slot];
            }
            if (found == EmptyKey)
            {
                return 0;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Builds the trie; returns it with, for each key, the node where it ends.</summary>
    public static (AliasTrie Trie, int[] EndNodes) Build(IReadOnlyList<string> keys)
    {
        var transitions = new Dictionary<(int Node, char C), int>();
        var nodeCount = 1;
        var endNodes = new int[keys.Count];
        for (var k = 0; k < keys.Count; k++)
        {
            var node = 0;
            foreach (var c in keys[k])
            {
                if (!transitions.TryGetValue((node, c), out var child))
                {
                    child = nodeCount++;
                    transitions[(node, c)] = child;
                }
                node = child;
            }
            endNodes[k] = node;
        }

        var rootChildren = new int[65536];
        var capacityBits = 4;
        while ((1 << capacityBits) < transitions.Count * 2)
        {
            capacityBits++;
        }
        var hashKeys = new ulong[1 << capacityBits];
        Array.Fill(hashKeys, EmptyKey);
        var hashTargets = new int[hashKeys.Length];
        var shift = 64 - capacityBits;
        foreach (var ((node, c), child) in transitions)
        {
            if (node == 0)
            {
                rootChildren[c] = child;
                continue;
            }
            var key = ((ulong)(uint)node << 16) | c;
            var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
            while (hashKeys[slot] != EmptyKey)
            {
                slot = (slot + 1) & (hashKeys.Length - 1);
            }
            hashKeys[slot] = key;
            hashTargets[slot] = child;
        }
        return (new AliasTrie(rootChildren, hashKeys, hashTargets, shift, nodeCount), endNodes);
    }
}
