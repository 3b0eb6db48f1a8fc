using System.Text;

namespace Platform.Extraction.Engine.Chinese;

/// <summary>
/// word.dic as jieba's reader_small uses it: one id per code point, anything absent maps to "OOV"
/// (ASCII spaces and every non-BMP char among them). Input is half-width folded first.
/// </summary>
internal sealed class LacVocabulary
{
    private readonly int[] _idByFoldedChar;
    private readonly Dictionary<int, int> _idBySupplementaryCodePoint;

    private LacVocabulary(int[] idByFoldedChar, Dictionary<int, int> idBySupplementaryCodePoint, int oovId, int size)
    {
        _idByFoldedChar = idByFoldedChar;
        _idBySupplementaryCodePoint = idBySupplementaryCodePoint;
        OovId = oovId;
        Size = size;
    }

    public int OovId { get; }

    /// <summary>max(id) + 1, the embedding table's row count.</summary>
    public int Size { get; }

    public static LacVocabulary Load(string path)
    {
        var entries = LacDictionaryFile.Read(path);
        var idByWord = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, word) in entries)
        {
            if (!idByWord.TryAdd(word, id))
            {
                throw new LacModelNotFoundException($"{path}: duplicated entry '{word}'.");
            }
        }

        if (!idByWord.TryGetValue("OOV", out var oovId))
        {
            throw new LacModelNotFoundException($"{path} has no OOV entry.");
        }

        var idByChar = new int[char.MaxValue + 1];
        Array.Fill(idByChar, oovId);
        var supplementary = new Dictionary<int, int>();
        foreach (var (word, id) in idByWord)
        {
            if (word.Length == 1)
            {
                idByChar[word[0]] = id;
            }
            else if (word.Length == 2 && char.IsSurrogatePair(word[0], word[1]))
            {
                supplementary[char.ConvertToUtf32(word[0], word[1])] = id;
            }
        }

        var idByFoldedChar = new int[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            idByFoldedChar[c] = idByChar[HalfWidth.Fold((char)c)];
        }

        return new LacVocabulary(idByFoldedChar, supplementary, oovId, idByWord.Values.Max() + 1);
    }

    /// <summary>Id of a BMP char after half-width folding.</summary>
    public int IdOf(char c) => _idByFoldedChar[c];

    public int IdOfSupplementary(int codePoint) =>
        _idBySupplementaryCodePoint.TryGetValue(codePoint, out var id) ? id : OovId;
}

/// <summary>jieba's load_kv_dict: lines "id\tvalue", lines without exactly one tab are skipped.</summary>
internal static class LacDictionaryFile
{
    public static List<(int Id, string Value)> Read(string path)
    {
        var entries = new List<(int, string)>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var parts = line.Split('\t');
            if (parts.Length == 2 && int.TryParse(parts[0], out var id))
            {
                entries.Add((id, parts[1]));
            }
        }

        return entries;
    }
}
