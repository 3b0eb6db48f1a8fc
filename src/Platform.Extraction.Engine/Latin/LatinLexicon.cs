namespace Platform.Extraction.Engine.Latin;

/// <summary>
/// The word lists the Latin recognizer and its tagger consult (all case-insensitive): names from the
/// US census and stdlib lists, legal suffixes and countries from cleanco, common words from SUBTLEXus,
/// and small hand-written cue lists. See Data/Latin/README.md for where each comes from.
/// </summary>
public sealed class LatinLexicon
{
    private static readonly Lazy<LatinLexicon> s_default = new(LoadEmbedded);

    public LatinLexicon(
        IEnumerable<string> firstNames,
        IEnumerable<string> surnames,
        IEnumerable<string> commonWords,
        IEnumerable<string> stopwords,
        IEnumerable<string> orgLegalSuffixes,
        IEnumerable<string> orgHeads,
        IEnumerable<string> ofHeads,
        IEnumerable<string> locationHeads,
        IEnumerable<string> countries,
        IEnumerable<string> personTitles,
        IEnumerable<string> roleWords,
        IEnumerable<string> calendarWords,
        IEnumerable<string> places)
    {
        FirstNames = new WordSet(firstNames);
        Surnames = new WordSet(surnames);
        CommonWords = new WordSet(commonWords);
        Stopwords = new WordSet(stopwords);
        // "co." and "co" are the same suffix once the final period is a token of its own.
        OrgLegalSuffixes = new WordSet(orgLegalSuffixes.Select(s => s.TrimEnd('.')));
        OrgHeads = new WordSet(orgHeads);
        OfHeads = new WordSet(ofHeads);
        LocationHeads = new WordSet(locationHeads);
        Countries = new WordSet(countries);
        PersonTitles = new WordSet(personTitles);
        RoleWords = new WordSet(roleWords);
        CalendarWords = new WordSet(calendarWords);
        Places = new PhraseSet(places);
    }

    public static LatinLexicon Default => s_default.Value;

    public WordSet FirstNames { get; }
    public WordSet Surnames { get; }
    public WordSet CommonWords { get; }
    public WordSet Stopwords { get; }
    public WordSet OrgLegalSuffixes { get; }
    public WordSet OrgHeads { get; }
    public WordSet OfHeads { get; }
    public WordSet LocationHeads { get; }
    public WordSet Countries { get; }
    public WordSet PersonTitles { get; }
    public WordSet RoleWords { get; }
    public WordSet CalendarWords { get; }

    /// <summary>Place names of one to four words: cities, countries and their subdivisions.</summary>
    public PhraseSet Places { get; }

    /// <summary>
    /// Nationality adjectives, which the word-frequency list leaves out as capitalised: never a name by themselves ("the
    /// French defence ministry") nor a short form ("French AI"). Written out for the countries AI news names most.
    /// </summary>
    public static IReadOnlySet<string> Nationalities { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "African", "American", "Arab", "Argentine", "Asian", "Australian", "Austrian", "Belgian", "Brazilian", "British", "Canadian",
        "Chilean", "Chinese", "Colombian", "Czech", "Danish", "Dutch", "Egyptian", "Emirati", "English", "Estonian", "European", "Filipino", "Finnish", "French",
        "German", "Greek", "Hungarian", "Icelandic", "Indian", "Indonesian", "Irish", "Israeli", "Italian", "Japanese", "Javanese", "Kenyan", "Korean", "Latin", "Latvian", "Lithuanian",
        "Malaysian", "Mexican", "Nigerian", "Nordic", "Norwegian", "Polish", "Portuguese", "Qatari", "Russian", "Saudi", "Scottish", "Singaporean",
        "Spanish", "Sundanese", "Swedish", "Swiss", "Taiwanese", "Thai", "Turkish", "Ukrainian", "Vietnamese", "Welsh",
    };

    /// <summary>A word that is ordinary English when lower-cased (so a capital at a sentence start tells nothing).</summary>
    public bool IsCommon(ReadOnlySpan<char> word) => Stopwords.Contains(word) || CommonWords.Contains(word) || CalendarWords.Contains(word);

    private static LatinLexicon LoadEmbedded() => new(
        LatinResources.ReadLines("first-names.txt"),
        LatinResources.ReadLines("surnames.txt"),
        LatinResources.ReadLines("common-words.txt"),
        LatinResources.ReadLines("stopwords.txt"),
        LatinResources.ReadLines("org-legal-suffixes.txt"),
        LatinResources.ReadLines("org-heads.txt"),
        LatinResources.ReadLines("of-heads.txt"),
        LatinResources.ReadLines("location-heads.txt"),
        LatinResources.ReadLines("countries.txt"),
        LatinResources.ReadLines("person-titles.txt"),
        LatinResources.ReadLines("role-words.txt"),
        LatinResources.ReadLines("calendar-words.txt"),
        LatinResources.ReadLines("places.txt"));
}

/// <summary>A case-insensitive set of words that can be probed with a span, without allocating.</summary>
public sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words.Where(w => w.Length > 0), StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _words.Count;

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
