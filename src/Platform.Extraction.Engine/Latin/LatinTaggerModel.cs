using System.IO.Compression;

namespace Platform.Extraction.Engine.Latin;

/// <summary>
/// Weights of a BIO tagger (the Latin word tagger, and the Chinese character tagger, which shares its tag set):
/// per feature hash, one weight per tag, plus tag transitions.
/// Stored gzip-compressed with 16-bit quantised weights, and kept that way in memory (half the size of floats; a
/// weight is the same float whether it is scaled on load or where it is added); rows that are all zero are left out.
/// </summary>
public sealed class LatinTaggerModel
{
    private const int Magic = 0x4741544C; // "LTAG"
    private const int Version = 1;

    private readonly FeatureRowTable _rows;
    private readonly short[] _weights;
    private readonly float _scale;
    private readonly float[] _transitions;

    /// <summary>A trained model: its weights are quantised here, as they are when it is saved.</summary>
    internal LatinTaggerModel(Dictionary<ulong, int> rows, float[] weights, float[] transitions, double confidenceScale)
        : this(rows, Quantise(weights, out var scale), scale, transitions, confidenceScale)
    {
    }

    private LatinTaggerModel(Dictionary<ulong, int> rows, short[] weights, float scale, float[] transitions, double confidenceScale)
    {
        if (weights.Length != rows.Count * BioTags.Count || transitions.Length != (BioTags.Count + 1) * BioTags.Count)
        {
            throw new ArgumentException("Weight arrays do not match the tag set.");
        }

        _rows = new FeatureRowTable(rows);
        _weights = weights;
        _scale = scale;
        _transitions = transitions;
        ConfidenceScale = confidenceScale;
    }

    public int FeatureCount => _rows.Count;

    /// <summary>A typical margin of a correct entity on held-out data; turns margins into confidences.</summary>
    public double ConfidenceScale { get; internal set; }

    /// <summary>Tags (<see cref="BioTags"/>) and per-word margins of the best sequence.</summary>
    internal int[] Decode(ulong[][] features, double[]? margins)
    {
        var t = BioTags.Count;
        var n = features.Length;
        var emissions = new float[n * t];
        for (var i = 0; i < n; i++)
        {
            AddWeights(emissions.AsSpan(i * t, t), features[i]);
        }
        return DecodeEmissions(emissions, n, margins);
    }

    /// <summary>As <see cref="Decode(ulong[][], double[])"/>, for tokens that all have <paramref name="perToken"/> features, stored one after another.</summary>
    internal int[] Decode(ReadOnlySpan<ulong> features, int perToken, double[]? margins)
    {
        var t = BioTags.Count;
        var n = features.Length / perToken;
        var emissions = new float[n * t];
        for (var i = 0; i < n; i++)
        {
            AddWeights(emissions.AsSpan(i * t, t), features.Slice(i * perToken, perToken));
        }
        return DecodeEmissions(emissions, n, margins);
    }

    /// <summary>One token's tag scores: the sum of the weight rows of its features the model knows.</summary>
    private void AddWeights(Span<float> scores, ReadOnlySpan<ulong> features)
    {
        var t = scores.Length;
        foreach (var feature in features)
        {
            if (_rows.TryGetRow(feature, out var row))
            {
                var weights = _weights.AsSpan(row * t, t);
                for (var y = 0; y < t; y++)
                {
                    scores[y] += weights[y] * _scale;
                }
            }
        }
    }

    private int[] DecodeEmissions(float[] emissions, int n, double[]? margins)
    {
        var tags = new int[n];
        ViterbiDecoder.Decode(emissions, n, _transitions, tags, margins);
        return tags;
    }

    /// <summary>A span is as sure as its least sure token: the confidence of the smallest margin in [start, end).</summary>
    public double SpanConfidence(double[] margins, int start, int end)
    {
        var margin = double.MaxValue;
        for (var i = start; i < end; i++)
        {
            margin = Math.Min(margin, margins[i]);
        }
        return Confidence(margin);
    }

    /// <summary>Maps a margin to a confidence in (0.5, 1).</summary>
    public double Confidence(double margin) => 1.0 - 0.5 * Math.Exp(-Math.Max(0, margin) / Math.Max(1e-9, ConfidenceScale));

    public void Save(Stream stream)
    {
        var ordered = _rows.Pairs().OrderBy(p => p.Key).ToList();
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(BioTags.Count);
        writer.Write(ordered.Count);
        writer.Write(_scale);
        writer.Write(ConfidenceScale);
        foreach (var w in _transitions)
        {
            writer.Write(w);
        }

        var previous = 0UL;
        foreach (var (hash, row) in ordered)
        {
            writer.Write7BitEncodedInt64((long)(hash - previous));
            previous = hash;
            var weights = _weights.AsSpan(row * BioTags.Count, BioTags.Count);
            var mask = 0;
            for (var y = 0; y < weights.Length; y++)
            {
                if (weights[y] != 0)
                {
                    mask |= 1 << y;
                }
            }

            writer.Write((ushort)mask);
            foreach (var w in weights)
            {
                if (w != 0)
                {
                    writer.Write(w);
                }
            }
        }
    }

    public static LatinTaggerModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not a Latin tagger model (wrong magic number or version).");
        }

        var t = reader.ReadInt32();
        if (t != BioTags.Count)
        {
            throw new InvalidDataException($"The model has {t} tags; this build expects {BioTags.Count}.");
        }

        var count = reader.ReadInt32();
        var scale = reader.ReadSingle();
        var confidenceScale = reader.ReadDouble();
        var transitions = new float[(t + 1) * t];
        for (var k = 0; k < transitions.Length; k++)
        {
            transitions[k] = reader.ReadSingle();
        }

        var rows = new Dictionary<ulong, int>(count);
        var weights = new short[count * t];
        var hash = 0UL;
        for (var row = 0; row < count; row++)
        {
            hash += (ulong)reader.Read7BitEncodedInt64();
            rows.Add(hash, row);
            var mask = reader.ReadUInt16();
            for (var y = 0; y < t; y++)
            {
                if ((mask & (1 << y)) != 0)
                {
                    weights[row * t + y] = reader.ReadInt16();
                }
            }
        }

        return new LatinTaggerModel(rows, weights, scale, transitions, confidenceScale);
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        Save(file);
    }

    public static LatinTaggerModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    private static short[] Quantise(float[] weights, out float scale)
    {
        var maxAbs = 1e-9f;
        foreach (var w in weights)
        {
            maxAbs = Math.Max(maxAbs, Math.Abs(w));
        }

        var s = maxAbs / short.MaxValue;
        scale = s;
        return [.. weights.Select(w => (short)Math.Clamp(MathF.Round(w / s), short.MinValue, short.MaxValue))];
    }
}
