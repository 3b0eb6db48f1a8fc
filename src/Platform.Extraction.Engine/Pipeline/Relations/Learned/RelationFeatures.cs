using Platform.Extraction.Engine.Latin;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations.Learned;

/// <summary>
/// What the relation classifier sees of two names in one sentence, as feature hashes: their types in reading order,
/// the words between them (Chinese characters and character pairs, English words and word pairs, the other names as
/// their type), the words right after the first and right before the second, and the words just outside the pair.
/// Works on a <see cref="SentenceTemplate"/>, so it reads the sentence exactly as the cue patterns do. Each word is
/// hashed once per sentence, so that the features of a pair are built without allocating a string.
/// </summary>
internal sealed class RelationFeatures
{
    /// <summary>Pairs further apart than this many words are not read: a relation stated across that much text is rare, and reading it costs time.</summary>
    public const int MaxWordsBetween = 40;

    private const int Context = 2;
    private static readonly int Adjacent = WordHash("<pair>");
    private static readonly int Start = WordHash("<s>");
    private static readonly int End = WordHash("</s>");

    private enum Template
    {
        Types = 1, Word, WordPair, TypedWord, TypedWordPair, AfterFirst, BeforeSecond, Left, Right, Distance, NamesBetween, AfterFirstPair, BeforeSecondPair,
    }

    private readonly List<int> _words = [];
    private readonly List<bool> _isHan = [];
    private readonly List<bool> _isName = [];
    private readonly int[] _wordOfArgument;
    private readonly ulong[] _wordFeatures;
    private readonly ulong[] _pairFeatures;
    private readonly int[] _namesBefore;
    private readonly Dictionary<int, (ulong[] Words, ulong[] Pairs)> _typed = [];

    public RelationFeatures(SentenceTemplate template)
    {
        _wordOfArgument = new int[template.Arguments.Count];
        Tokenize(template.Text);
        _wordFeatures = new ulong[_words.Count];
        _pairFeatures = new ulong[_words.Count];
        _namesBefore = new int[_words.Count + 1];
        for (var k = 0; k < _words.Count; k++)
        {
            _wordFeatures[k] = FeatureHash.Of((int)Template.Word, _words[k]);
            _pairFeatures[k] = k + 1 < _words.Count ? FeatureHash.Of((int)Template.WordPair, _words[k], _words[k + 1]) : 0;
            _namesBefore[k + 1] = _namesBefore[k] + (_isName[k] ? 1 : 0);
        }
    }

    public int WordIndexOf(int argument) => _wordOfArgument[argument];

    /// <summary>The features of the arguments <paramref name="first"/> and <paramref name="second"/> (first before second), or null when too far apart.</summary>
    public ulong[]? Of(int first, int second, char firstType, char secondType)
    {
        var (a, b) = (_wordOfArgument[first], _wordOfArgument[second]);
        if (b - a - 1 > MaxWordsBetween)
        {
            return null;
        }
        var types = (firstType << 16) | secondType;
        var (typedWords, typedPairs) = Typed(types);
        var features = new List<ulong>(4 * (b - a) + 16)
        {
            FeatureHash.Of((int)Template.Types, types),
            FeatureHash.Of((int)Template.Distance, types, Bucket(b - a - 1)),
        };
        for (var k = a + 1; k < b; k++)
        {
            features.Add(_wordFeatures[k]);
            features.Add(typedWords[k]);
            if (k + 1 < b && _isHan[k] == _isHan[k + 1])
            {
                features.Add(_pairFeatures[k]);
                features.Add(typedPairs[k]);
            }
        }
        features.Add(FeatureHash.Of((int)Template.NamesBetween, types, Math.Min(_namesBefore[b] - _namesBefore[a + 1], 3)));
        features.Add(FeatureHash.Of((int)Template.AfterFirst, types, WordAt(a + 1, b)));
        features.Add(FeatureHash.Of((int)Template.AfterFirstPair, types, WordAt(a + 1, b), WordAt(a + 2, b)));
        features.Add(FeatureHash.Of((int)Template.BeforeSecond, types, WordAt(b - 1, a)));
        features.Add(FeatureHash.Of((int)Template.BeforeSecondPair, types, WordAt(b - 2, a), WordAt(b - 1, a)));
        for (var k = 1; k <= Context; k++)
        {
            features.Add(FeatureHash.Of((int)Template.Left, types, k, a - k >= 0 ? _words[a - k] : Start));
            features.Add(FeatureHash.Of((int)Template.Right, types, k, b + k < _words.Count ? _words[b + k] : End));
        }
        return [.. features];
    }

    /// <summary>
    /// The hashes of each word and each two neighbouring words with a pair's types, computed once per sentence and type
    /// pair: every pair of names reads the same words between them, so hashing them per pair would repeat the work.
    /// </summary>
    private (ulong[] Words, ulong[] Pairs) Typed(int types)
    {
        if (!_typed.TryGetValue(types, out var typed))
        {
            typed = (new ulong[_words.Count], new ulong[_words.Count]);
            for (var k = 0; k < _words.Count; k++)
            {
                typed.Words[k] = FeatureHash.Of((int)Template.TypedWord, types, _words[k]);
                typed.Pairs[k] = k + 1 < _words.Count ? FeatureHash.Of((int)Template.TypedWordPair, types, _words[k], _words[k + 1]) : 0;
            }
            _typed[types] = typed;
        }
        return typed;
    }

    /// <summary>The word at <paramref name="k"/>, or a mark when it is the other name of the pair (the two are adjacent).</summary>
    private int WordAt(int k, int other) => k == other || k < 0 || k >= _words.Count ? Adjacent : _words[k];

    private static int Bucket(int words) => words switch
    {
        0 => 0,
        1 => 1,
        2 => 2,
        <= 4 => 3,
        <= 8 => 4,
        <= 16 => 5,
        _ => 6,
    };

    private static int WordHash(string word)
    {
        var hash = FeatureHash.Of(0, word);
        return (int)(hash ^ (hash >> 32));
    }

    /// <summary>
    /// Words of the template: a placeholder ⟦i:T⟧ is the word &lt;T&gt;; a Han character is a word; a run of letters or
    /// digits is one word, lower-cased; any other mark but a space is a word of its own.
    /// </summary>
    private void Tokenize(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (c == '⟦')
            {
                var close = text.IndexOf('⟧', i);
                var colon = text.IndexOf(':', i);
                var type = text[colon + 1];
                _wordOfArgument[int.Parse(text.AsSpan(i + 1, colon - i - 1), System.Globalization.CultureInfo.InvariantCulture)] = _words.Count;
                Add(TypeWords[type == SentenceTemplate.We ? 'O' : type], isHan: false, isName: true);
                i = close + 1;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (CharClass.IsCjk(c))
            {
                Add(CharacterWord(c), isHan: true);
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\'') && !CharClass.IsCjk(text[i]))
                {
                    i++;
                }
                Add(WordHash(text[start..i].ToLowerInvariant()), isHan: false);
            }
            else
            {
                Add(CharacterWord(c), isHan: false);
                i++;
            }
        }
    }

    /// <summary>A one-character word's hash, without hashing a string: characters are few and hashing them is the common case.</summary>
    private static int CharacterWord(char c) => (int)FeatureHash.Of(0, c);

    private static readonly Dictionary<char, int> TypeWords = "PORLEWCS".ToDictionary(t => t, t => WordHash($"<{t}>"));

    private void Add(int word, bool isHan, bool isName = false)
    {
        _words.Add(word);
        _isHan.Add(isHan);
        _isName.Add(isName);
    }
}
