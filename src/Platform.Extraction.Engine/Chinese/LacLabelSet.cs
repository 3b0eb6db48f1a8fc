namespace Platform.Extraction.Engine.Chinese;

/// <summary>
/// tag.dic: 57 labels, "X-B"/"X-I" pairs (X = POS tag or PER/LOC/ORG/TIME) and "O".
/// </summary>
public sealed class LacLabelSet
{
    private readonly string[] _labels;
    private readonly string[] _types;
    private readonly byte[] _continuationOf;
    private readonly bool[] _isBegin;

    private LacLabelSet(string[] labels)
    {
        _labels = labels;
        _types = labels.Select(label => label.Split('-')[0]).ToArray();
        _isBegin = labels.Select(label => label.EndsWith("-B", StringComparison.Ordinal)).ToArray();
        OutsideId = (byte)Array.IndexOf(labels, "O");
        _continuationOf = new byte[labels.Length];
        for (var id = 0; id < labels.Length; id++)
        {
            var inside = _isBegin[id] ? Array.IndexOf(labels, labels[id][..^2] + "-I") : -1;
            _continuationOf[id] = (byte)(inside >= 0 ? inside : id);
        }
    }

    public int Count => _labels.Length;

    /// <summary>Id of "O" (also given to whitespace that jieba strips off a sentence's ends).</summary>
    public byte OutsideId { get; }

    /// <summary>The full label, e.g. "PER-B", "n-I", "O".</summary>
    public string Label(byte id) => _labels[id];

    /// <summary>The label without its position suffix, e.g. "PER", "n", "O".</summary>
    public string Type(byte id) => _types[id];

    public bool IsBegin(byte id) => _isBegin[id];

    /// <summary>"X-B" → "X-I"; other ids unchanged. Used for the low half of a surrogate pair.</summary>
    internal byte ContinuationOf(byte id) => _continuationOf[id];

    internal static LacLabelSet Load(string path)
    {
        var entries = LacDictionaryFile.Read(path);
        if (entries.Count == 0 || entries.Count > byte.MaxValue
            || entries.Select(entry => entry.Id).Order().Where((id, index) => id != index).Any())
        {
            throw new LacModelNotFoundException($"{path}: expected labels numbered 0..n-1.");
        }

        var labels = entries.OrderBy(entry => entry.Id).Select(entry => entry.Value).ToArray();
        return Array.IndexOf(labels, "O") < 0
            ? throw new LacModelNotFoundException($"{path} has no \"O\" label.")
            : new LacLabelSet(labels);
    }
}
