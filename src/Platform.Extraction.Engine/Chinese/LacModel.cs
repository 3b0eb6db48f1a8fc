namespace Platform.Extraction.Engine.Chinese;

/// <summary>
/// Baidu LAC-small (jieba's <c>lac_small</c>): char embedding → 2 × BiGRU(128) → linear → CRF.
/// Loaded once from the files on disk and thread-safe afterwards; weights are repacked for <see cref="PackedGemm"/>
/// (about 13 MB in memory, the size of the files) and the hidden-state ones also quantised for <see cref="QuantizedGemm"/>
/// (0.6 MB); the first layer's per-character projections are cached as characters are met (<see cref="LacInputProjections"/>,
/// 3 KB each).
/// </summary>
public sealed class LacModel
{
    internal const int EmbeddingSize = 128;
    internal const int HiddenSize = 128;
    internal const int GateWidth = 3 * HiddenSize;
    internal const int ProjectionWidth = 2 * GateWidth;
    internal const int BiHiddenSize = 2 * HiddenSize;
    internal const int EmissionStride = 64;
    private const int LayerCount = 2;

    private static readonly Lazy<LacModel> SharedModel = new(() => Load(), LazyThreadSafetyMode.ExecutionAndPublication);

    private LacModel(string directory, LacVocabulary vocabulary, LacLabelSet labels)
    {
        Directory = directory;
        Vocabulary = vocabulary;
        Labels = labels;
    }

    /// <summary>The model found by <see cref="LacModelLocator"/>, loaded on first use.</summary>
    public static LacModel Shared => SharedModel.Value;

    public string Directory { get; }

    public LacLabelSet Labels { get; }

    internal LacVocabulary Vocabulary { get; }

    internal AlignedBuffer Embedding { get; private set; } = null!;

    internal BiGruLayerWeights[] Layers { get; } = new BiGruLayerWeights[LayerCount];

    internal PackedMatrix Emission { get; private set; } = null!;

    internal AlignedBuffer EmissionBias { get; private set; } = null!;

    internal CrfWeights Crf { get; private set; } = null!;

    internal LacInputProjections InputProjections { get; private set; } = null!;

    /// <param name="directory">
    /// A folder holding word.dic, tag.dic and model_baseline/; null to look in <c>PLATFORM_LAC_DIR</c>
    /// and the python3-jieba install locations.
    /// </param>
    /// <exception cref="LacModelNotFoundException">The model is missing or malformed.</exception>
    public static LacModel Load(string? directory = null)
    {
        var root = LacModelLocator.Locate(directory);
        var vocabulary = LacVocabulary.Load(Path.Combine(root, "word.dic"));
        var labels = LacLabelSet.Load(Path.Combine(root, "tag.dic"));
        var model = new LacModel(root, vocabulary, labels);
        model.LoadWeights(Path.Combine(root, "model_baseline"));
        return model;
    }

    private void LoadWeights(string weights)
    {
        PaddleTensor Read(string name, params int[] dims) => PaddleTensor.Read(Path.Combine(weights, name)).ExpectDims(name, dims);

        Embedding = AlignedBuffer.From(Read("word_emb", Vocabulary.Size, EmbeddingSize).Data);
        var inputSize = EmbeddingSize;
        for (var layer = 0; layer < LayerCount; layer++)
        {
            var directions = new[] { 2 * layer, 2 * layer + 1 }
                .Select(index => (
                    Projection: Read($"fc_{index}.w_0", inputSize, GateWidth).Data,
                    ProjectionBias: Read($"fc_{index}.b_0", GateWidth).Data,
                    Recurrent: Read($"gru_{index}.w_0", HiddenSize, GateWidth).Data,
                    RecurrentBias: Read($"gru_{index}.b_0", 1, GateWidth).Data))
                .ToArray();

            // Both directions' input projections side by side ([input, 768]) so one GEMM serves them;
            // the GRU's own bias is added to the projection's since Paddle adds both to the same input.
            var projection = new float[inputSize * ProjectionWidth];
            var bias = new float[ProjectionWidth];
            for (var direction = 0; direction < 2; direction++)
            {
                var (weightsOfDirection, projectionBias, _, recurrentBias) = directions[direction];
                for (var k = 0; k < inputSize; k++)
                {
                    Array.Copy(weightsOfDirection, k * GateWidth, projection, k * ProjectionWidth + direction * GateWidth, GateWidth);
                }

                for (var j = 0; j < GateWidth; j++)
                {
                    bias[direction * GateWidth + j] = projectionBias[j] + recurrentBias[j];
                }
            }

            Layers[layer] = new BiGruLayerWeights(
                PackedMatrix.Pack(projection, inputSize, ProjectionWidth, ProjectionWidth),
                layer == 0 ? null : QuantizedMatrix.Quantize(projection, inputSize, ProjectionWidth, ProjectionWidth),
                AlignedBuffer.From(bias),
                GruWeights.From(directions[0].Recurrent),
                GruWeights.From(directions[1].Recurrent));
            inputSize = BiHiddenSize;
        }

        var labelCount = Labels.Count;
        Emission = PackedMatrix.Pack(Read("fc_4.w_0", BiHiddenSize, labelCount).Data, BiHiddenSize, labelCount, labelCount);
        var emissionBias = new float[EmissionStride];
        Read("fc_4.b_0", labelCount).Data.CopyTo(emissionBias, 0);
        EmissionBias = AlignedBuffer.From(emissionBias);
        Crf = CrfWeights.From(Read("crfw", labelCount + 2, labelCount).Data, labelCount);
        InputProjections = new LacInputProjections(this);
    }
}

/// <param name="QuantizedInput">The input projection for <see cref="QuantizedGemm"/>; only where the input is a layer's hidden states (in [−1, 1]).</param>
internal sealed record BiGruLayerWeights(PackedMatrix Input, QuantizedMatrix? QuantizedInput, AlignedBuffer InputBias, GruWeights Forward, GruWeights Backward);

/// <summary>
/// Paddle's GRU weight [D, 3D] is stored as a [D, 2D] update|reset block followed by a [D, D] candidate block; each is
/// kept packed for <see cref="PackedGemm"/> and quantised for <see cref="QuantizedGemm"/>.
/// </summary>
internal sealed record GruWeights(PackedMatrix Gates, PackedMatrix Candidate, QuantizedMatrix QuantizedGates, QuantizedMatrix QuantizedCandidate)
{
    public static GruWeights From(float[] recurrent)
    {
        const int d = LacModel.HiddenSize;
        var gates = recurrent.AsSpan(0, d * 2 * d);
        var candidate = recurrent.AsSpan(d * 2 * d, d * d);
        return new GruWeights(PackedMatrix.Pack(gates, d, 2 * d, 2 * d), PackedMatrix.Pack(candidate, d, d, d),
            QuantizedMatrix.Quantize(gates, d, 2 * d, 2 * d), QuantizedMatrix.Quantize(candidate, d, d, d));
    }
}

/// <summary>crfw rows: start scores, end scores, then transitions[from, to]; rows padded to 64 columns.</summary>
internal sealed record CrfWeights(int LabelCount, AlignedBuffer Start, AlignedBuffer End, AlignedBuffer Transitions)
{
    public static CrfWeights From(float[] crfw, int labelCount)
    {
        const int stride = LacModel.EmissionStride;
        var start = new AlignedBuffer(stride);
        var end = new AlignedBuffer(stride);
        var transitions = new AlignedBuffer(labelCount * stride);
        crfw.AsSpan(0, labelCount).CopyTo(start.Span);
        crfw.AsSpan(labelCount, labelCount).CopyTo(end.Span);
        for (var from = 0; from < labelCount; from++)
        {
            crfw.AsSpan((from + 2) * labelCount, labelCount).CopyTo(transitions.Span[(from * stride)..]);
        }

        return new CrfWeights(labelCount, start, end, transitions);
    }
}
