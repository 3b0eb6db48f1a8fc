using System.Collections.Frozen;
using System.Reflection;

namespace Platform.Extraction.Engine.Text;

/// <summary>
/// The toneless pinyin readings of each Chinese character (ü written v), from the embedded CC-CEDICT-derived table
/// (<c>Data/Transliteration/pinyin.tsv</c>). Characters with several readings list them most common first.
/// </summary>
public sealed class PinyinTable
{
    private readonly Dictionary<char, string[]> _readings;

    private PinyinTable(Dictionary<char, string[]> readings)
    {
        _readings = readings;
        Syllables = readings.Values.SelectMany(r => r).Select(r => r.Replace('v', 'u')).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Every toneless syllable a character is read as ("zhao", "lu" for lü).</summary>
    public FrozenSet<string> Syllables { get; }

    public static PinyinTable Shared { get; } = Load();

    public bool TryGetReadings(char character, out string[] readings) => _readings.TryGetValue(character, out readings!);

    /// <summary>
    /// Every pinyin spelling of the characters run together, without tones (ü as u; capped at sixteen): 昭衡 → "zhaoheng";
    /// none when a character has no reading.
    /// </summary>
    public IReadOnlyList<string> Spellings(string characters)
    {
        var spellings = new List<string> { "" };
        foreach (var ch in characters)
        {
            if (!TryGetReadings(ch, out var readings))
            {
                return [];
            }
            spellings = spellings.SelectMany(prefix => readings.Select(r => prefix + r.Replace('v', 'u'))).Distinct().Take(16).ToList();
        }
        return spellings;
    }

    private static PinyinTable Load()
    {
        var readings = new Dictionary<char, string[]>();
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Platform.Extraction.Engine.Data.Transliteration.pinyin.tsv")
            ?? throw new InvalidOperationException("The embedded pinyin table is missing from the engine assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length < 3 || line[0] == '#')
            {
                continue;
            }
            var tab = line.IndexOf('\t');
            if (tab == 1)
            {
                readings[line[0]] = line[(tab + 1)..].Split(',');
            }
        }
        return new PinyinTable(readings);
    }
}
