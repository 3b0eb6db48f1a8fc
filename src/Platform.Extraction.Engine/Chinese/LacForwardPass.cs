using System.Runtime.Intrinsics;

namespace Platform.Extraction.Engine.Chinese;

/// <summary>
/// Runs the network on a batch of sentences in lockstep, with buffers reused from call to call
/// (one instance per thread at a time).
/// </summary>
/// <remarks>
/// Rows are packed time-major like Paddle's LoD batches: with sentences sorted longest first, the
/// sentences still running at step t are a prefix 0..n_t−1, stored at rows offset[t]..offset[t]+n_t−1.
/// So every input projection is one GEMM over all rows, each recurrent step is one GEMM over the
/// n_t running sentences, and no padding is computed except up to a whole row block.
/// </remarks>
internal sealed unsafe class LacForwardPass
{
    public const int MaxBatchSentences = 64;

    /// <summary>Caps the buffers (≈ 5 KB per row) for batches of long sentences; a longer single sentence still runs alone.</summary>
    public const int MaxBatchRows = 4096;

    private const int RowPadding = PackedGemm.RowBlock;
    private const int Hidden = LacModel.HiddenSize;
    private const int GateWidth = LacModel.GateWidth;
    private const int ProjectionWidth = LacModel.ProjectionWidth;
    private const int BiHidden = LacModel.BiHiddenSize;
    private const int EmissionStride = LacModel.EmissionStride;

    private readonly LacModel _model;
    private readonly bool _quantized;
    private readonly CrfDecoder _decoder = new();
    private readonly AlignedBuffer _gates = new(MaxBatchSentences * GateWidth);
    private readonly AlignedBuffer _previous = new(MaxBatchSentences * Hidden);
    private readonly AlignedBuffer _resetPrevious = new(MaxBatchSentences * Hidden);
    private AlignedBuffer _embedded = new(0);
    private AlignedBuffer _projection = new(0);
    private AlignedBuffer _hidden = new(0);
    private AlignedBuffer _emission = new(0);
    private int[] _newIds = [];
    private short[] _quantizedStates = [];
    private int[] _stepOffsets = new int[256];
    private int[] _stepCounts = new int[256];
    private int _rowCapacity;

    /// <param name="quantized">Multiply hidden states through <see cref="QuantizedGemm"/> (needs AVX2) rather than in float.</param>
    public LacForwardPass(LacModel model, bool quantized)
    {
        _model = model;
        _quantized = quantized;
    }

    public LacModel Model => _model;

    /// <summary>Tags one batch. Sentence i's token ids are <c>ids[starts[i]..starts[i]+lengths[i]]</c>.</summary>
    /// <param name="lengths">Non-increasing, all &gt; 0, at most <see cref="MaxBatchSentences"/> entries.</param>
    /// <param name="tags">Receives the label id of every token, at the same positions as <paramref name="ids"/>.</param>
    public void Run(ReadOnlySpan<int> ids, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, Span<byte> tags)
    {
        var steps = lengths[0];
        var rows = LayOutSteps(lengths, steps);
        EnsureRowCapacity(rows + RowPadding);
        GatherInputProjections(ids, starts, lengths, steps);

        var paddedRows = PackedGemm.PadRows(rows);
        RecurBothWays(_model.Layers[0], _hidden, steps);

        // Layer 2 overwrites layer 1's states in place: they are consumed by its input projection first.
        RunBiGruLayer(_model.Layers[1], _hidden.Pointer, BiHidden, paddedRows, _hidden, steps);
        PackedGemm.MultiplyByRows(_hidden.Pointer, BiHidden, paddedRows, _model.Emission, _model.EmissionBias.Pointer, 0,
            _emission.Pointer, EmissionStride);

        var offsets = _stepOffsets.AsSpan(0, steps);
        for (var sentence = 0; sentence < lengths.Length; sentence++)
        {
            _decoder.Decode(_model.Crf, _emission.Pointer, offsets, sentence, lengths[sentence],
                tags.Slice(starts[sentence], lengths[sentence]));
        }
    }

    private int LayOutSteps(ReadOnlySpan<int> lengths, int steps)
    {
        if (_stepOffsets.Length < steps)
        {
            _stepOffsets = new int[steps * 2];
            _stepCounts = new int[steps * 2];
        }

        var running = lengths.Length;
        var row = 0;
        for (var t = 0; t < steps; t++)
        {
            while (lengths[running - 1] <= t)
            {
                running--;
            }

            _stepOffsets[t] = row;
            _stepCounts[t] = running;
            row += running;
        }

        return row;
    }

    /// <summary>The first layer's projections come from the model's per-character cache, computed there for new characters.</summary>
    private void GatherInputProjections(ReadOnlySpan<int> ids, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, int steps)
    {
        var cache = _model.InputProjections;
        for (var sentence = 0; sentence < lengths.Length; sentence++)
        {
            cache.Prepare(ids.Slice(starts[sentence], lengths[sentence]), _newIds, _embedded.Pointer, _projection.Pointer);
        }

        for (var t = 0; t < steps; t++)
        {
            var row = _stepOffsets[t];
            for (var sentence = 0; sentence < _stepCounts[t]; sentence++, row++)
            {
                new ReadOnlySpan<float>(cache.Row(ids[starts[sentence] + t]), ProjectionWidth)
                    .CopyTo(new Span<float>(_projection.Pointer + (long)row * ProjectionWidth, ProjectionWidth));
            }
        }
    }

    private void RunBiGruLayer(BiGruLayerWeights layer, float* input, int inputWidth, int paddedRows, AlignedBuffer output, int steps)
    {
        MultiplyStates(input, inputWidth, paddedRows, layer.Input, layer.QuantizedInput!, layer.InputBias.Pointer, 0,
            _projection.Pointer, ProjectionWidth, tall: true);
        RecurBothWays(layer, output, steps);
    }

    /// <summary>
    /// C = Init + A·B for hidden states A (contiguous rows of <paramref name="width"/> values in [−1, 1]), quantised to
    /// 16 bits (<see cref="QuantizedGemm"/>) or in float.
    /// </summary>
    private void MultiplyStates(float* a, int width, int rows, PackedMatrix b, QuantizedMatrix quantized, float* init, int initStride,
        float* c, int ldc, bool tall)
    {
        if (!_quantized)
        {
            if (tall)
            {
                PackedGemm.MultiplyByRows(a, width, rows, b, init, initStride, c, ldc);
            }
            else
            {
                PackedGemm.MultiplyByPanels(a, width, rows, b, init, initStride, c, ldc);
            }

            return;
        }

        fixed (short* states = _quantizedStates)
        {
            QuantizedGemm.Quantize(a, states, rows * width);
            if (tall)
            {
                QuantizedGemm.MultiplyByRows(states, width, rows, quantized, init, initStride, c, ldc);
            }
            else
            {
                QuantizedGemm.MultiplyByPanels(states, width, rows, quantized, init, initStride, c, ldc);
            }
        }
    }

    private void RecurBothWays(BiGruLayerWeights layer, AlignedBuffer output, int steps)
    {
        Recur(layer.Forward, projectionColumn: 0, output.Pointer, outputColumn: 0, forward: true, steps);
        Recur(layer.Backward, projectionColumn: GateWidth, output.Pointer, outputColumn: Hidden, forward: false, steps);
    }

    /// <summary>
    /// One direction of a GRU over all running sentences: u|r = σ(x_ur + h·W_ur), c = tanh(x_c + (r⊙h)·W_c),
    /// h' = h − u⊙h + u⊙c (Paddle's dynamic_gru, origin_mode off). A sentence starts from h = 0.
    /// </summary>
    private void Recur(GruWeights weights, int projectionColumn, float* output, int outputColumn, bool forward, int steps)
    {
        var gates = _gates.Pointer;
        var previous = _previous.Pointer;
        var resetPrevious = _resetPrevious.Pointer;
        for (var step = 0; step < steps; step++)
        {
            var t = forward ? step : steps - 1 - step;
            var running = _stepCounts[t];
            var paddedRunning = PackedGemm.PadRows(running);
            var previousStep = forward ? t - 1 : t + 1;
            var carried = previousStep >= 0 && previousStep < steps ? Math.Min(running, _stepCounts[previousStep]) : 0;

            for (var row = 0; row < carried; row++)
            {
                new ReadOnlySpan<float>(output + (long)(_stepOffsets[previousStep] + row) * BiHidden + outputColumn, Hidden)
                    .CopyTo(new Span<float>(previous + row * Hidden, Hidden));
            }

            new Span<float>(previous + carried * Hidden, (paddedRunning - carried) * Hidden).Clear();

            var projected = _projection.Pointer + (long)_stepOffsets[t] * ProjectionWidth + projectionColumn;
            MultiplyStates(previous, Hidden, paddedRunning, weights.Gates, weights.QuantizedGates, projected, ProjectionWidth, gates, GateWidth,
                tall: false);
            for (var row = 0; row < running; row++)
            {
                GruActivations.Sigmoid(gates + row * GateWidth, 2 * Hidden);
            }

            ElementwiseProduct(gates + Hidden, GateWidth, previous, resetPrevious, paddedRunning);
            MultiplyStates(resetPrevious, Hidden, paddedRunning, weights.Candidate, weights.QuantizedCandidate, projected + 2 * Hidden,
                ProjectionWidth, gates + 2 * Hidden, GateWidth, tall: false);

            for (var row = 0; row < running; row++)
            {
                var gateRow = gates + row * GateWidth;
                GruActivations.Tanh(gateRow + 2 * Hidden, Hidden);
                GruUpdate(gateRow, previous + row * Hidden, output + (long)(_stepOffsets[t] + row) * BiHidden + outputColumn);
            }
        }
    }

    private static void ElementwiseProduct(float* reset, int resetStride, float* previous, float* destination, int rows)
    {
        for (var row = 0; row < rows; row++)
        {
            var r = reset + row * resetStride;
            var h = previous + row * Hidden;
            var d = destination + row * Hidden;
            for (var j = 0; j < Hidden; j += 8)
            {
                (Vector256.Load(r + j) * Vector256.Load(h + j)).Store(d + j);
            }
        }
    }

    private static void GruUpdate(float* gateRow, float* previous, float* destination)
    {
        var candidate = gateRow + 2 * Hidden;
        for (var j = 0; j < Hidden; j += 8)
        {
            var u = Vector256.Load(gateRow + j);
            var h = Vector256.Load(previous + j);
            var kept = Vector256.FusedMultiplyAdd(-u, h, h);
            Vector256.FusedMultiplyAdd(u, Vector256.Load(candidate + j), kept).Store(destination + j);
        }
    }

    private void EnsureRowCapacity(int rows)
    {
        if (rows <= _rowCapacity)
        {
            return;
        }

        var capacity = Math.Max(rows, _rowCapacity * 3 / 2);
        _embedded = new AlignedBuffer(capacity * LacModel.EmbeddingSize);
        _projection = new AlignedBuffer(capacity * ProjectionWidth);
        _hidden = new AlignedBuffer(capacity * BiHidden);
        _emission = new AlignedBuffer(capacity * EmissionStride);
        _newIds = new int[capacity];
        _quantizedStates = new short[Math.Max(capacity * BiHidden, MaxBatchSentences * Hidden)];
        _rowCapacity = capacity;
    }
}
