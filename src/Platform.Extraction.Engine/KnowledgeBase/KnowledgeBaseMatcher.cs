using System.Runtime.CompilerServices;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.KnowledgeBase;

/// <summary>
/// Finds every KB name in a text: leftmost-longest, non-overlapping, case- and width-insensitive,
/// traditional/simplified-insensitive (via <see cref="MatchFolding"/>), tolerant of extra spaces and of a
/// space or none between CJK and Latin ("微软 AI" = "微软AI"). Latin names must stand as whole words
/// ("OpenAI's" matches OpenAI, "Pixel" does not match Pi); CJK names match anywhere. Thread-safe.
/// </summary>
public sealed class KnowledgeBaseMatcher
{
    private const int PairFilterBits = 1 << 20;

    private static readonly Lazy<KnowledgeBaseMatcher> LazyDefault = new(() => new KnowledgeBaseMatcher(EntityKnowledgeBase.Default));

    private readonly AliasTrie _trie;
    private readonly Output[]?[] _outputs;
    private readonly char[] _fold = MatchFolding.Table;
    private readonly char[] _caseFold = MatchFolding.CasePreservingTable;
    private readonly bool[] _isWordChar = BuildWordCharTable();
    private readonly ulong[] _pairFilter = new ulong[PairFilterBits / 64];

    public KnowledgeBaseMatcher(EntityKnowledgeBase knowledgeBase)
    {
        KnowledgeBase = knowledgeBase;
        var keys = new List<string>();
        var outputs = new List<Output>();
        foreach (var entry in knowledgeBase.Entries)
        {
            foreach (var alias in entry.Aliases)
            {
                var output = new Output(entry, alias, CaseSignature(alias.Text, MatchFolding.CasePreservingTable), IsEverydayWordsName(entry, alias));
                foreach (var key in KeysOf(alias.Text))
                {
                    keys.Add(key);
                    outputs.Add(output);
                    if (key.Length >= 2)
                    {
                        var bit = PairBit(key[0], key[1]);
                        _pairFilter[bit >> 6] |= 1UL << (bit & 63);
                    }
                }
            }
        }
        var (trie, endNodes) = AliasTrie.Build(keys);
        _trie = trie;
        var byNode = new List<Output>?[trie.NodeCount];
        for (var k = 0; k < keys.Count; k++)
        {
            var list = byNode[endNodes[k]] ??= [];
            if (!list.Contains(outputs[k]))
            {
                list.Add(outputs[k]);
            }
        }
        _outputs = byNode.Select(list => list?.ToArray()).ToArray();
    }

    /// <summary>A matcher over <see cref="EntityKnowledgeBase.Default"/>, built once.</summary>
    public static KnowledgeBaseMatcher Default => LazyDefault.Value;

    public EntityKnowledgeBase KnowledgeBase { get; }

    public IReadOnlyList<KnowledgeBaseMatch> Match(string text) => Match(text.AsSpan());

    public IReadOnlyList<KnowledgeBaseMatch> Match(ReadOnlySpan<char> text)
    {
        List<RawMatch>? raw = null;
        var fold = _fold;
        var isWordChar = _isWordChar;
        var pairFilter = _pairFilter;
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            var first = fold[text[i]];
            var node = _trie.RootStep(first);
            if (node == 0)
            {
                i++;
                continue;
            }
            if (i + 1 < n)
            {
                // Cheap rejection of most starts: no key begins with this pair of folded chars.
                var second = fold[text[i + 1]];
                var bit = PairBit(first, second);
                if (second != ' ' && (pairFilter[bit >> 6] & (1UL << (bit & 63))) == 0)
                {
                    i++;
                    continue;
                }
            }
            if (isWordChar[first] && i > 0 && isWordChar[fold[text[i - 1]]])
            {
                i++;
                continue;
            }
            var (end, candidates) = LongestAt(text, i, node, first);
            if (candidates is null)
            {
                i++;
                continue;
            }
            (raw ??= []).Add(new RawMatch(i, end, candidates));
            i = end;
        }
        return raw is null ? [] : Resolve(raw);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PairBit(char first, char second) => (int)(((uint)first * 0x9E3779B1u ^ (uint)second * 0x85EBCA6Bu) >> 12);

    private static bool[] BuildWordCharTable()
    {
        var table = new bool[65536];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = CharClass.IsWordChar((char)c);
        }
        return table;
    }

    private (int End, Output[]? Candidates) LongestAt(ReadOnlySpan<char> text, int start, int node, char first)
    {
        var fold = _fold;
        var n = text.Length;
        var bestEnd = -1;
        Output[]? best = null;
        var previous = first;
        var j = start + 1;
        var stepped = true;
        while (true)
        {
            if (stepped && _outputs[node] is { } outputs && EndsAtBoundary(text, j, previous))
            {
                var valid = ValidOutputs(outputs, text[start..j]);
                if (valid is not null)
                {
                    bestEnd = j;
                    best = valid;
                }
            }
            stepped = false;
            if (j >= n)
            {
                break;
            }
            var c = fold[text[j]];
            if (c == ' ')
            {
                if (previous == ' ' || CharClass.IsCjk(previous))
                {
                    j++;
                    continue;
                }
                var next = j + 1;
                while (next < n && fold[text[next]] == ' ')
                {
                    next++;
                }
                if (next < n && CharClass.IsCjk(fold[text[next]]))
                {
                    j = next;
                    continue;
                }
            }
            node = _trie.Step(node, c);
            if (node == 0)
            {
                break;
            }
            previous = c;
            j++;
            stepped = true;
        }
        return (bestEnd, best);
    }

    private bool EndsAtBoundary(ReadOnlySpan<char> text, int end, char last)
    {
        if (end >= text.Length || !_isWordChar[last])
        {
            return true;
        }
        var after = _fold[text[end]];
        if (_isWordChar[after])
        {
            return false;
        }
        // "GPT-4" must not match inside "GPT-4.5".
        return !(char.IsAsciiDigit(last) && after == '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]));
    }

    private Output[]? ValidOutputs(Output[] outputs, ReadOnlySpan<char> span)
    {
        var allValid = true;
        foreach (var output in outputs)
        {
            if (!IsValid(output, span))
            {
                allValid = false;
                break;
            }
        }
        if (allValid)
        {
            return outputs;
        }
        var valid = new List<Output>(outputs.Length);
        foreach (var output in outputs)
        {
            if (IsValid(output, span))
            {
                valid.Add(output);
            }
        }
        return valid.Count == 0 ? null : valid.ToArray();
    }

    private bool IsValid(Output output, ReadOnlySpan<char> span) =>
        output.Alias.Policy == AliasPolicy.Always
            ? !output.EverydayWords || span.ContainsAnyInRange('A', 'Z')
            : SameCase(span, output.CaseSignature);

    /// <summary>
    /// "The Information", "The Verge", "Red Hat": a name of several everyday English words is that name only where a
    /// capital says so; "the information" and "the verge" are the words. A single word stays matched in lower case, as
    /// transcripts write products ("in copilot"); concepts are words anyway ("transformer architecture").
    /// </summary>
    private static bool IsEverydayWordsName(KnowledgeBaseEntry entry, KnowledgeBaseAlias alias)
    {
        var text = alias.Text;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (entry.Type == EntityType.Concept || words.Length < 2 || !text.AsSpan().ContainsAnyInRange('A', 'Z'))
        {
            return false;
        }
        foreach (var word in words)
        {
            if (!word.All(char.IsAsciiLetter) || !Latin.LatinLexicon.Default.IsCommon(word))
            {
                return false;
            }
        }
        return true;
    }

    private bool SameCase(ReadOnlySpan<char> span, string signature)
    {
        var k = 0;
        foreach (var raw in span)
        {
            var c = _caseFold[raw];
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }
            if (k >= signature.Length || signature[k] != c)
            {
                return false;
            }
            k++;
        }
        return k == signature.Length;
    }

    private static List<KnowledgeBaseMatch> Resolve(List<RawMatch> raw)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in raw)
        {
            foreach (var output in match.Candidates)
            {
                if (output.Alias.Policy != AliasPolicy.NeedsContext && !output.Alias.Ambiguous)
                {
                    present.Add(output.Entry.Id);
                }
            }
        }

        var results = new List<KnowledgeBaseMatch>(raw.Count);
        foreach (var match in raw)
        {
            if (match.Candidates is [var only])
            {
                if (IsSupported(only, present))
                {
                    results.Add(new KnowledgeBaseMatch(match.Start, match.End, only.Entry, only.Alias, false));
                }
                continue;
            }
            var supported = match.Candidates.Where(output => IsSupported(output, present)).ToArray();
            if (supported.Length == 0)
            {
                continue;
            }
            var entries = supported.Select(output => output.Entry).Distinct().ToArray();
            var chosen = supported[0];
            var isAmbiguous = entries.Length > 1;
            if (isAmbiguous)
            {
                var favoured = supported.Where(output => present.Contains(output.Entry.Id) || output.Entry.ContextIds.Any(present.Contains)).ToArray();
                if (favoured.Select(output => output.Entry).Distinct().Count() == 1)
                {
                    chosen = favoured[0];
                    isAmbiguous = false;
                }
            }
            results.Add(new KnowledgeBaseMatch(match.Start, match.End, chosen.Entry, chosen.Alias, isAmbiguous));
        }
        return results;
    }

    private static bool IsSupported(Output output, HashSet<string> present)
    {
        if (output.Alias.Policy != AliasPolicy.NeedsContext || present.Contains(output.Entry.Id))
        {
            return true;
        }
        foreach (var id in output.Entry.ContextIds)
        {
            if (present.Contains(id))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The trie keys of one alias: its folded key, plus, for a transliterated name written with a middle dot between
    /// Han characters ("穆斯塔法·苏莱曼"), the same name without the dot.
    /// </summary>
    private static IEnumerable<string> KeysOf(string alias)
    {
        var key = MatchFolding.Key(alias);
        yield return key;
        var dot = key.IndexOf(MatchFolding.MiddleDot);
        if (dot > 0 && dot < key.Length - 1 && CharClass.IsHan(key[dot - 1]) && CharClass.IsHan(key[dot + 1]))
        {
            yield return key.Replace(MatchFolding.MiddleDot.ToString(), string.Empty, StringComparison.Ordinal);
        }
    }

    private static string CaseSignature(string alias, char[] caseFold) =>
        new(alias.Select(c => caseFold[c]).Where(char.IsLetterOrDigit).ToArray());

    /// <param name="EverydayWords">Spelt with everyday words: matched only where the text has a capital in it.</param>
    private sealed record Output(KnowledgeBaseEntry Entry, KnowledgeBaseAlias Alias, string CaseSignature, bool EverydayWords);

    private readonly record struct RawMatch(int Start, int End, Output[] Candidates);
}
