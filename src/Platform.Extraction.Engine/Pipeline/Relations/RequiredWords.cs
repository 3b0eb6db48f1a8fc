using System.Buffers;
using System.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// Words a regular expression cannot match without: any text it matches contains at least one of them. A relation
/// pattern is tried only on sentences holding one of its words, which spares most of the regex runs.
/// </summary>
/// <remarks>
/// Written by hand because .NET's regex engine makes this analysis for its own search but uses only the literals a
/// match starts with (ours start with a placeholder) and exposes none of it. It reads the syntax our patterns use;
/// whatever it cannot read counts as requiring nothing, so the worst an unreadable pattern costs is being tried always.
/// </remarks>
internal static class RequiredWords
{
    /// <summary>The words, compared ignoring case as the patterns are; null where the pattern requires no word.</summary>
    public static SearchValues<string>? Of(string pattern)
    {
        var words = Find(pattern);
        return words is null ? null : SearchValues.Create(words.ToArray(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>One of these occurs in every match; null where no such words were found.</summary>
    internal static IReadOnlyList<string>? Find(string pattern)
    {
        var reader = new Reader(pattern);
        var words = reader.Alternation();
        return reader.Unreadable || !reader.AtEnd || words is null || Strength(words) == 0 ? null : words;
    }

    // A word made only of placeholder characters (⟦12:P⟧) or spaces is in nearly every sentence, so filters nothing.
    private static int Strength(IReadOnlyList<string> words) =>
        words.Min(w => w.All(c => c is '⟦' or '⟧' or ':' or ' ' || char.IsAsciiDigit(c)) ? 0 : w.Length);

    private static List<string>? Stronger(List<string>? a, List<string>? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }
        var (strengthA, strengthB) = (Strength(a), Strength(b));
        return strengthA != strengthB ? (strengthA > strengthB ? a : b) : (a.Count <= b.Count ? a : b);
    }

    private sealed class Reader(string pattern)
    {
        private int _at;

        public bool Unreadable { get; private set; }

        public bool AtEnd => _at == pattern.Length;

        private char? Next => _at < pattern.Length ? pattern[_at] : null;

        /// <summary>Branches separated by '|': each must supply words, and any of theirs will do.</summary>
        public List<string>? Alternation()
        {
            var words = Sequence();
            while (Next == '|')
            {
                _at++;
                var branch = Sequence();
                words = words is null || branch is null ? null : words.Union(branch).ToList();
            }
            return words;
        }

        /// <summary>Atoms one after another: literal characters in a row make one word; otherwise the strongest atom's words.</summary>
        private List<string>? Sequence()
        {
            List<string>? best = null;
            var run = new StringBuilder();
            while (!Unreadable && Next is { } next && next is not ('|' or ')'))
            {
                var (literal, words) = Atom();
                var least = Quantifier();
                if (literal is { } c && least < 0)
                {
                    run.Append(c);
                    continue;
                }
                best = Stronger(best, EndRun(run));
                if (least != 0)
                {
                    best = Stronger(best, literal is { } single ? [single.ToString()] : words);
                }
            }
            return Stronger(best, EndRun(run));
        }

        private static List<string>? EndRun(StringBuilder run)
        {
            if (run.Length == 0)
            {
                return null;
            }
            var word = run.ToString();
            run.Clear();
            return [word];
        }

        /// <summary>A literal character, or else the words the atom requires (null for none).</summary>
        private (char? Literal, List<string>? Words) Atom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '(':
                    return (null, Group());
                case '[':
                    SkipClass();
                    return (null, null);
                case '\\':
                    return Escape();
                case '.' or '^' or '$':
                    return (null, null);
                case '*' or '+' or '?':
                    Unreadable = true;
                    return (null, null);
                default:
                    return (c, null);
            }
        }

        private List<string>? Group()
        {
            var lookaround = false;
            if (Next == '?')
            {
                var rest = pattern.AsSpan(_at);
                if (rest.StartsWith("?:") || rest.StartsWith("?>"))
                {
                    _at += 2;
                }
                else if (rest.StartsWith("?=") || rest.StartsWith("?!"))
                {
                    (_at, lookaround) = (_at + 2, true);
                }
                else if (rest.StartsWith("?<=") || rest.StartsWith("?<!"))
                {
                    (_at, lookaround) = (_at + 3, true);
                }
                else if (rest.StartsWith("?<") || rest.StartsWith("?'"))
                {
                    var close = pattern.IndexOf(rest[1] == '<' ? '>' : '\'', _at + 2);
                    if (close < 0)
                    {
                        Unreadable = true;
                        return null;
                    }
                    _at = close + 1;
                }
                else
                {
                    Unreadable = true;
                    return null;
                }
            }
            var words = Alternation();
            if (Next != ')')
            {
                Unreadable = true;
                return null;
            }
            _at++;
            // What a lookaround looks at is not part of the match.
            return lookaround ? null : words;
        }

        private void SkipClass()
        {
            var depth = 1;
            while (_at < pattern.Length && depth > 0)
            {
                var c = pattern[_at++];
                if (c == '\\')
                {
                    _at++;
                }
                else if (c == '[' && _at >= 2 && pattern[_at - 2] == '-')
                {
                    depth++;
                }
                else if (c == ']')
                {
                    depth--;
                }
            }
            Unreadable |= depth > 0;
        }

        private (char? Literal, List<string>? Words) Escape()
        {
            if (_at >= pattern.Length)
            {
                Unreadable = true;
                return (null, null);
            }
            var c = pattern[_at++];
            switch (c)
            {
                case 'n':
                    return ('\n', null);
                case 't':
                    return ('\t', null);
                case 'r':
                    return ('\r', null);
                case 'p' or 'P':
                    var close = pattern.IndexOf('}', _at);
                    Unreadable |= close < 0;
                    _at = close + 1;
                    return (null, null);
                case 'd' or 'D' or 'w' or 'W' or 's' or 'S' or 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return (null, null);
                default:
                    // Back-references, hex and control escapes are not in our patterns; anything else escaped is itself.
                    Unreadable |= char.IsAsciiLetterOrDigit(c);
                    return (c, null);
            }
        }

        /// <summary>The least number of repeats of the atom before, or -1 where it has no quantifier.</summary>
        private int Quantifier()
        {
            int least;
            switch (Next)
            {
                case '*' or '?':
                    (_at, least) = (_at + 1, 0);
                    break;
                case '+':
                    (_at, least) = (_at + 1, 1);
                    break;
                case '{' when Braces() is { } count:
                    least = count;
                    break;
                default:
                    return -1;
            }
            if (Next == '?')
            {
                _at++;
            }
            return least;
        }

        // {n}, {n,} or {n,m}; any other brace is a literal character.
        private int? Braces()
        {
            var close = pattern.IndexOf('}', _at);
            if (close < 0)
            {
                return null;
            }
            var inside = pattern.AsSpan(_at + 1, close - _at - 1);
            var comma = inside.IndexOf(',');
            var first = comma < 0 ? inside : inside[..comma];
            var second = comma < 0 ? [] : inside[(comma + 1)..];
            if (!int.TryParse(first, out var least) || (second.Length > 0 && !int.TryParse(second, out _))
                || first.ContainsAnyExcept("0123456789") || second.ContainsAnyExcept("0123456789"))
            {
                return null;
            }
            _at = close + 1;
            return least;
        }
    }
}
