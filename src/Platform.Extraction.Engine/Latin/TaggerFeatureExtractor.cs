namespace Platform.Extraction.Engine.Latin;

/// <summary>
/// The tagger's features for each word of a sentence: the word and its neighbours (±2), word shapes,
/// prefixes/suffixes, capitalisation, membership in the name/suffix/cue lists, and the sentence-initial flag.
/// </summary>
internal sealed class TaggerFeatureExtractor(LatinLexicon lexicon)
{
    private const string Before = "<s>";
    private const string After = "</s>";

    [Flags]
    private enum WordFlags
    {
        None = 0,
        FirstName = 1 << 0,
        Surname = 1 << 1,
        Common = 1 << 2,
        Stopword = 1 << 3,
        LegalSuffix = 1 << 4,
        OrgHead = 1 << 5,
        LocationHead = 1 << 6,
        Country = 1 << 7,
        Title = 1 << 8,
        Role = 1 << 9,
        Calendar = 1 << 10,
        InitialCapital = 1 << 11,
        AllCapitals = 1 << 12,
        HasDigit = 1 << 13,
        HasHyphen = 1 << 14,
        MixedCase = 1 << 15,
        HasPeriod = 1 << 16,
        Punctuation = 1 << 17,
        SentenceInitial = 1 << 18,
        PlaceStart = 1 << 19,
        PlaceInside = 1 << 20,
    }

    private const int FlagCount = 21;

    private readonly record struct WordInfo(string Lower, string Shape, string LongShape, WordFlags Flags);

    /// <summary>Feature hashes of each word. <paramref name="sentenceInitial"/> says whether word 0 starts a sentence.</summary>
    public ulong[][] Extract(IReadOnlyList<string> words, bool sentenceInitial)
    {
        var infos = new WordInfo[words.Count];
        var listed = new WordFlags[words.Count];
        MarkListed(lexicon.Places, words, listed, WordFlags.PlaceStart, WordFlags.PlaceInside);
        for (var i = 0; i < infos.Length; i++)
        {
            var info = Describe(words[i], sentenceInitial && i == 0);
            infos[i] = info with { Flags = info.Flags | listed[i] };
        }

        var features = new ulong[infos.Length][];
        var buffer = new List<ulong>(64);
        for (var i = 0; i < infos.Length; i++)
        {
            buffer.Clear();
            AddFeatures(buffer, infos, i);
            features[i] = [.. buffer];
        }

        return features;
    }

    private static void MarkListed(PhraseSet names, IReadOnlyList<string> words, WordFlags[] flags, WordFlags start, WordFlags inside)
    {
        Span<bool> starts = words.Count <= 256 ? stackalloc bool[words.Count] : new bool[words.Count];
        Span<bool> continues = words.Count <= 256 ? stackalloc bool[words.Count] : new bool[words.Count];
        names.Match(words, starts, continues);
        for (var i = 0; i < flags.Length; i++)
        {
            flags[i] |= starts[i] ? start : continues[i] ? inside : WordFlags.None;
        }
    }

    private static void AddFeatures(List<ulong> f, WordInfo[] w, int i)
    {
        var cur = w[i];
        var p1 = i >= 1 ? w[i - 1] : default;
        var p2 = i >= 2 ? w[i - 2] : default;
        var n1 = i + 1 < w.Length ? w[i + 1] : default;
        var n2 = i + 2 < w.Length ? w[i + 2] : default;
        var p1Word = i >= 1 ? p1.Lower : Before;
        var p2Word = i >= 2 ? p2.Lower : Before;
        var n1Word = i + 1 < w.Length ? n1.Lower : After;
        var n2Word = i + 2 < w.Length ? n2.Lower : After;
        var p1Shape = i >= 1 ? p1.Shape : Before;
        var n1Shape = i + 1 < w.Length ? n1.Shape : After;

        f.Add(FeatureHash.Of(1, 0));
        f.Add(FeatureHash.Of(2, cur.Lower));
        f.Add(FeatureHash.Of(3, p1Word));
        f.Add(FeatureHash.Of(4, n1Word));
        f.Add(FeatureHash.Of(5, p2Word));
        f.Add(FeatureHash.Of(6, n2Word));
        f.Add(FeatureHash.Of(7, p1Word, cur.Lower));
        f.Add(FeatureHash.Of(8, cur.Lower, n1Word));
        f.Add(FeatureHash.Of(9, cur.Shape));
        f.Add(FeatureHash.Of(10, p1Shape, cur.Shape));
        f.Add(FeatureHash.Of(11, cur.Shape, n1Shape));
        f.Add(FeatureHash.Of(12, p1Shape));
        f.Add(FeatureHash.Of(13, n1Shape));
        f.Add(FeatureHash.Of(26, cur.LongShape));
        f.Add(FeatureHash.Of(28, p1Word, cur.Shape));
        f.Add(FeatureHash.Of(29, cur.Shape, n1Word));
        f.Add(FeatureHash.Of(25, Math.Min(cur.Lower.Length, 12)));
        for (var k = 1; k <= 3; k++)
        {
            if (cur.Lower.Length > k)
            {
                f.Add(FeatureHash.Prefix(13 + k, cur.Lower, k));
            }
        }

        for (var k = 1; k <= 4; k++)
        {
            if (cur.Lower.Length > k)
            {
                f.Add(FeatureHash.Suffix(16 + k, cur.Lower, k));
            }
        }

        var initial = (cur.Flags & WordFlags.SentenceInitial) != 0 ? 1 : 0;
        for (var bit = 0; bit < FlagCount; bit++)
        {
            var flag = (WordFlags)(1 << bit);
            if ((cur.Flags & flag) != 0)
            {
                f.Add(FeatureHash.Of(21, bit * 2 + initial));
            }

            if (i >= 1 && (p1.Flags & flag) != 0)
            {
                f.Add(FeatureHash.Of(22, bit));
            }

            if (i + 1 < w.Length && (n1.Flags & flag) != 0)
            {
                f.Add(FeatureHash.Of(23, bit));
            }
        }

        f.Add(FeatureHash.Of(24, cur.Shape, initial));
        if (i >= 2)
        {
            f.Add(FeatureHash.Of(30, p2.Shape, p1.Shape));
        }

        if (i + 2 < w.Length)
        {
            f.Add(FeatureHash.Of(31, n1.Shape, n2.Shape));
        }
    }

    private WordInfo Describe(string word, bool sentenceInitial)
    {
        var lower = word.ToLowerInvariant();
        var flags = sentenceInitial ? WordFlags.SentenceInitial : WordFlags.None;
        var upper = 0;
        var lowerCount = 0;
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
                else
                {
                    lowerCount++;
                }
            }
            else if (char.IsDigit(c))
            {
                flags |= WordFlags.HasDigit;
            }
            else if (c == '-')
            {
                flags |= WordFlags.HasHyphen;
            }
            else if (c == '.')
            {
                flags |= WordFlags.HasPeriod;
            }
        }

        if (letters == 0 && (flags & WordFlags.HasDigit) == 0)
        {
            flags |= WordFlags.Punctuation;
        }

        if (word.Length > 0 && char.IsUpper(word[0]))
        {
            flags |= WordFlags.InitialCapital;
        }

        if (upper > 0 && lowerCount == 0)
        {
            flags |= WordFlags.AllCapitals;
        }
        else if (upper > 0 && (upper > 1 || !char.IsUpper(word[0])))
        {
            flags |= WordFlags.MixedCase;
        }

        if (letters > 0)
        {
            var span = word.AsSpan();
            if (lexicon.FirstNames.Contains(span)) flags |= WordFlags.FirstName;
            if (lexicon.Surnames.Contains(span)) flags |= WordFlags.Surname;
            if (lexicon.CommonWords.Contains(span)) flags |= WordFlags.Common;
            if (lexicon.Stopwords.Contains(span)) flags |= WordFlags.Stopword;
            if (lexicon.OrgLegalSuffixes.Contains(span.TrimEnd('.'))) flags |= WordFlags.LegalSuffix;
            if (lexicon.OrgHeads.Contains(span)) flags |= WordFlags.OrgHead;
            if (lexicon.LocationHeads.Contains(span)) flags |= WordFlags.LocationHead;
            if (lexicon.Countries.Contains(span)) flags |= WordFlags.Country;
            if (lexicon.PersonTitles.Contains(span.TrimEnd('.'))) flags |= WordFlags.Title;
            if (lexicon.RoleWords.Contains(span)) flags |= WordFlags.Role;
            if (lexicon.CalendarWords.Contains(span)) flags |= WordFlags.Calendar;
        }

        return new WordInfo(lower, Shape(word, collapse: true), Shape(word.Length > 8 ? word[..8] : word, collapse: false), flags);
    }

    private static string Shape(string word, bool collapse)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 16)];
        var length = 0;
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c < 128 ? c : '*';
            if (collapse && length > 0 && buffer[length - 1] == s)
            {
                continue;
            }

            if (length == buffer.Length)
            {
                break;
            }

            buffer[length++] = s;
        }

        return new string(buffer[..length]);
    }
}
