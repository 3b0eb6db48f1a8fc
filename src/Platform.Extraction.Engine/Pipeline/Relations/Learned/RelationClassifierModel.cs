using System.IO.Compression;

namespace Platform.Extraction.Engine.Pipeline.Relations.Learned;

/// <summary>
/// Weights of the relation classifier: per feature hash, one weight per label. A label is a predicate read forwards
/// (the first name in the sentence is the subject), backwards (<see cref="Backwards"/>), or <see cref="None"/>.
/// A pair is related when its best label outscores <see cref="None"/> by at least <see cref="Threshold"/>, which
/// training sets from cross-validation. Held and stored sparse: a feature's row lists only its non-zero weights (a few of
/// the labels), so that scoring a pair costs a few additions per feature, not one per label.
/// </summary>
public sealed class RelationClassifierModel
{
    public const string None = "none";
    public const string Backwards = "<";
    private const int Magic = 0x4C455243; // "CREL"
    private const int Version = 1;
    private const string ResourceName = "Platform.Extraction.Engine.Data.Relations.relation-classifier.bin";

    private static readonly Lazy<RelationClassifierModel?> LazyDefault = new(LoadEmbedded);

    private readonly Dictionary<ulong, int> _rows;
    private readonly int[] _rowStart;
    private readonly byte[] _labelOf;
    private readonly float[] _weightOf;

    private readonly IReadOnlySet<string>[] _signatures;

    /// <param name="signatures">Per label, the type pairs (<see cref="PairOfNames.Types"/>) it was trained on.</param>
    /// <param name="weights">One weight per feature row and label, row after row.</param>
    internal RelationClassifierModel(IReadOnlyList<string> labels, Dictionary<ulong, int> rows, float[] weights, float threshold,
        IReadOnlyDictionary<string, IReadOnlySet<string>> signatures)
    {
        if (weights.Length != rows.Count * labels.Count || !labels.Contains(None) || labels.Count > byte.MaxValue)
        {
            throw new ArgumentException("The weights do not match the labels, the labels lack 'none', or there are too many labels.");
        }
        Labels = labels;
        Threshold = threshold;
        NoneLabel = labels.ToList().IndexOf(None);
        _signatures = labels.Select(l => signatures.GetValueOrDefault(l) ?? new HashSet<string>()).ToArray();
        _rows = rows;
        _rowStart = new int[rows.Count + 1];
        var labelOf = new List<byte>();
        var weightOf = new List<float>();
        for (var row = 0; row < rows.Count; row++)
        {
            for (var y = 0; y < labels.Count; y++)
            {
                if (weights[row * labels.Count + y] != 0)
                {
                    labelOf.Add((byte)y);
                    weightOf.Add(weights[row * labels.Count + y]);
                }
            }
            _rowStart[row + 1] = labelOf.Count;
        }
        (_labelOf, _weightOf) = ([.. labelOf], [.. weightOf]);
    }

    /// <summary>The model compiled into the engine (Data/Relations), or null in a build without one.</summary>
    public static RelationClassifierModel? Default => LazyDefault.Value;

    public IReadOnlyList<string> Labels { get; }

    public int NoneLabel { get; }

    public float Threshold { get; }

    public int FeatureCount => _rows.Count;

    /// <summary>The best label a pair of its types can have, and how far it outscores <see cref="None"/> (0 when none is best).</summary>
    internal (int Label, float Margin) Classify(PairOfNames pair)
    {
        var features = pair.Features;
        Span<float> scores = stackalloc float[Labels.Count];
        foreach (var feature in features)
        {
            if (_rows.TryGetValue(feature, out var row))
            {
                for (var k = _rowStart[row]; k < _rowStart[row + 1]; k++)
                {
                    scores[_labelOf[k]] += _weightOf[k];
                }
            }
        }
        var best = NoneLabel;
        for (var y = 0; y < scores.Length; y++)
        {
            if (scores[y] > scores[best] && _signatures[y].Contains(pair.Types))
            {
                best = y;
            }
        }
        return (best, scores[best] - scores[NoneLabel]);
    }

    /// <summary>The predicate of a label and whether the second name of the pair is its subject.</summary>
    public static (string Predicate, bool SecondIsSubject) Read(string label) =>
        label.EndsWith(Backwards, StringComparison.Ordinal) ? (label[..^Backwards.Length], true) : (label, false);

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(Threshold);
        writer.Write(Labels.Count);
        for (var y = 0; y < Labels.Count; y++)
        {
            writer.Write(Labels[y]);
            writer.Write(_signatures[y].Count);
            foreach (var types in _signatures[y].Order(StringComparer.Ordinal))
            {
                writer.Write(types);
            }
        }
        var ordered = _rows.OrderBy(p => p.Key).ToList();
        writer.Write(ordered.Count);
        var previous = 0UL;
        foreach (var (hash, row) in ordered)
        {
            writer.Write7BitEncodedInt64((long)(hash - previous));
            previous = hash;
            writer.Write((byte)(_rowStart[row + 1] - _rowStart[row]));
            for (var k = _rowStart[row]; k < _rowStart[row + 1]; k++)
            {
                writer.Write(_labelOf[k]);
                writer.Write((Half)_weightOf[k]);
            }
        }
    }

    public static RelationClassifierModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    public static RelationClassifierModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not a relation classifier model (wrong magic number or version).");
        }
        var threshold = reader.ReadSingle();
        var labels = new string[reader.ReadInt32()];
        var signatures = new Dictionary<string, IReadOnlySet<string>>();
        for (var y = 0; y < labels.Length; y++)
        {
            labels[y] = reader.ReadString();
            signatures[labels[y]] = Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString()).ToHashSet(StringComparer.Ordinal);
        }
        var count = reader.ReadInt32();
        var rows = new Dictionary<ulong, int>(count);
        var weights = new float[count * labels.Length];
        var hash = 0UL;
        for (var row = 0; row < count; row++)
        {
            hash += (ulong)reader.Read7BitEncodedInt64();
            rows.Add(hash, row);
            for (int k = 0, n = reader.ReadByte(); k < n; k++)
            {
                var y = reader.ReadByte();
                weights[row * labels.Length + y] = (float)reader.ReadHalf();
            }
        }
        return new RelationClassifierModel(labels, rows, weights, threshold, signatures);
    }

    private static RelationClassifierModel? LoadEmbedded()
    {
        using var stream = typeof(RelationClassifierModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }
}
