using System.Collections.Frozen;
using System.Globalization;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Everyday Chinese words (jieba's dictionary entries that are not proper names), which a tagger's name
/// span should not be on its own: "信任" (trust) is not an organisation. Read once from Debian's
/// python3-jieba, the package that also ships the LAC weights.
/// </summary>
public sealed class ChineseCommonWords
{
    private const int MinimumFrequency = 20;

    // A place named with its rank (洪山区, 石首市) is a place whatever other dictionaries list.
    private const string AdministrativeSuffix = "省市县区州镇乡村";

    // Rare proper names (北大荒 97, 库克群岛 40, 小冰期 5) still say what a curated short name runs into.
    private const int MinimumListedNameFrequency = 5;

    /// <summary>
    /// Where a word is frequent enough to be a trade rather than a brand: 金融 (6,455), 教育, 能源 (2,232), 环保 (1,045) are
    /// sectors; 赤焰 (24), 星河 (66), 远山 (111), 光年 (365) are the poetic words firms are named with.
    /// </summary>
    private const int FrequentWordFrequency = 1000;
    private static readonly FrozenSet<string> NameTags = new[] { "nr", "nrt", "nrfg", "ns", "nt", "nz" }.ToFrozenSet();
    // Numerals, pronouns, adverbs, distinguishing adjectives, place and time words, verbs, prepositions: words that
    // describe or introduce a noun and so come before a name rather than start it (很多, 大型, 国内, 加入).
    private static readonly FrozenSet<string> DescriptorTags =
        new[] { "m", "mq", "q", "r", "d", "b", "a", "ad", "s", "t", "f", "v", "p", "c", "u" }.ToFrozenSet();
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string> _descriptors;
    private readonly FrozenSet<string> _frequent;
    private readonly FrozenSet<string> _organizations;
    private readonly FrozenSet<string> _places;
    private readonly FrozenSet<string> _regions;
    private readonly FrozenSet<string> _names;
    private readonly FrozenSet<string> _everydayPlaceWords;

    private ChineseCommonWords(FrozenSet<string> words, FrozenSet<string> descriptors, FrozenSet<string> frequent, FrozenSet<string> organizations,
        FrozenSet<string> places, FrozenSet<string> regions, FrozenSet<string> names, FrozenSet<string> everydayPlaceWords) =>
        (_words, _descriptors, _frequent, _organizations, _places, _regions, _names, _everydayPlaceWords) = (words, descriptors, frequent, organizations, places, regions, names, everydayPlaceWords);

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>An everyday word common enough to name a trade or sector, not a firm (see <see cref="FrequentWordFrequency"/>).</summary>
    public bool IsFrequent(string word) => _frequent.Contains(word);

    /// <summary>An everyday word that describes or introduces a noun (很多, 大型, 国内, 加入) rather than starts a name.</summary>
    public bool IsDescriptor(ReadOnlySpan<char> word) => _descriptors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>A name the dictionary lists as an organisation's (jieba's tag nt: 中央军委, 国家计委), at any frequency.</summary>
    public bool IsListedOrganization(string word) => _organizations.Contains(word);

    /// <summary>A place the dictionary lists (jieba's tag ns: 杭州, 苏州), frequent enough to be one readers know.</summary>
    public bool IsListedPlace(string word) => _places.Contains(word);

    /// <summary>A place the dictionary lists, however rarely it is written (东莞, 275): only where a place is expected.</summary>
    public bool IsRegion(string word) => _regions.Contains(word);

    /// <summary>Whether the words split into two everyday words of two characters or more (工业视觉, 医学影像).</summary>
    public bool IsTwoEverydayWords(string words)
    {
        for (var split = 2; split <= words.Length - 2; split++)
        {
            if (Contains(words[..split]) && Contains(words[split..]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A word jieba lists as a place that no dictionary of names does (城市, 江湖, 大街, 英雄, also the compass words 东南
    /// and 西北): no place's name on its own, though it may start one (东南大学).
    /// </summary>
    public bool IsEverydayPlaceWord(string word) => _everydayPlaceWords.Contains(word);

    /// <summary>
    /// A name that is the start of a longer place's or person's name the dictionary lists: 北大 of 北大荒 and 北大西洋,
    /// 亚马逊 of 亚马逊河, 京东 of 京东方, 小冰 of 小冰期.
    /// </summary>
    public bool RunsIntoAListedName(string text, int start, int end) =>
        Enumerable.Range(1, 2).Any(more => end + more <= text.Length && _names.Contains(text.Substring(start, end - start + more)));

    /// <summary>
    /// A name that is the end of a longer organisation's name the dictionary lists: 电子科技大学 of 西安电子科技大学, another
    /// university than the one the shorter name is.
    /// </summary>
    public bool EndsAListedOrganization(string text, int start, int end) =>
        Enumerable.Range(1, 3).Any(more => start - more >= 0 && _organizations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start - more, end - start + more)));

    /// <summary>
    /// A name that starts inside an everyday two-character word has a wrong boundary: 大型科技公司 tagged from 型 on (大型 is
    /// a word), 首都钢铁公司 from 都 on, 上周客胜 read as a person from 周 on.
    /// </summary>
    public bool StartsInsideAWord(string text, int start) =>
        start > 0 && Text.CharClass.IsCjk(text[start - 1]) && Contains(text.Substring(start - 1, 2));

    /// <summary>A name that ends inside an everyday two-character word (…海军|舰艇 read as 军舰).</summary>
    public bool EndsInsideAWord(string text, int end) =>
        end < text.Length && Text.CharClass.IsCjk(text[end]) && Contains(text.Substring(end - 1, 2));

    /// <param name="jiebaDirectory">The folder holding jieba's dict.txt (the parent of lac_small).</param>
    /// <param name="isProperNoun">Whether a dictionary (CC-CEDICT's proper nouns) lists the word as a name: jieba tags
    /// everyday words as places too (城市, 江湖, 大街, 英雄; see <see cref="IsEverydayPlaceWord"/>).</param>
    public static ChineseCommonWords Load(string jiebaDirectory, Func<string, bool>? isProperNoun = null)
    {
        var path = Path.Combine(jiebaDirectory, "dict.txt");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"jieba's dictionary {path} is missing; install it with 'apt-get install python3-jieba'.", path);
        }
        var words = new List<string>();
        var descriptors = new List<string>();
        var frequent = new List<string>();
        var organizations = new List<string>();
        var places = new List<string>();
        var regions = new List<string>();
        var names = new List<string>();
        var everydayPlaceWords = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split(' ');
            if (parts.Length != 3)
            {
                continue;
            }
            var hasFrequency = int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var frequency);
            if (parts[2] == "nt")
            {
                organizations.Add(parts[0]);
            }
            if (parts[2] == "ns" && parts[0].Length is 2 or 3)
            {
                regions.Add(parts[0]);
            }
            if (parts[2] == "ns" && hasFrequency && frequency >= FrequentWordFrequency)
            {
                places.Add(parts[0]);
                if (isProperNoun is not null && parts[0].Length >= 2 && !isProperNoun(parts[0]) && !(parts[0].Length >= 3 && AdministrativeSuffix.Contains(parts[0][^1])))
                {
                    everydayPlaceWords.Add(parts[0]);
                }
            }
            // 戴尔公司 and 麦肯锡公司 are listed as people's names: a firm's name and 公司 are the firm.
            if (parts[2] is "ns" or "nr" or "nz" && hasFrequency && frequency >= MinimumListedNameFrequency && !parts[0].EndsWith("公司", StringComparison.Ordinal))
            {
                names.Add(parts[0]);
            }
            if (!NameTags.Contains(parts[2]) && hasFrequency && frequency >= MinimumFrequency)
            {
                words.Add(parts[0]);
                if (frequency >= FrequentWordFrequency)
                {
                    frequent.Add(parts[0]);
                }
                if (DescriptorTags.Contains(parts[2]))
                {
                    descriptors.Add(parts[0]);
                }
            }
        }
        return new ChineseCommonWords(words.ToFrozenSet(StringComparer.Ordinal), descriptors.ToFrozenSet(StringComparer.Ordinal),
            frequent.ToFrozenSet(StringComparer.Ordinal), organizations.ToFrozenSet(StringComparer.Ordinal), places.ToFrozenSet(StringComparer.Ordinal),
            regions.ToFrozenSet(StringComparer.Ordinal), names.ToFrozenSet(StringComparer.Ordinal), everydayPlaceWords.ToFrozenSet(StringComparer.Ordinal));
    }
}
