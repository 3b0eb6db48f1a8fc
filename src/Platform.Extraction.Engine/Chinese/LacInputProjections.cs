namespace Platform.Extraction.Engine.Chinese;

/// <summary>
/// The first layer's input projection of each character (embedding · W + b, 768 floats), computed the first time
/// the character is seen and kept: the projection depends on the character alone, so the GEMM that made a fifth of
/// the network's arithmetic becomes a copy. Rows are computed by the same kernel in the same order, so the values
/// are bit-for-bit those of the GEMM over the whole batch.
/// </summary>
/// <remarks>
/// Thread-safe. Rows live in blocks of <see cref="BlockSize"/> ids allocated on first use; word.dic lists
/// characters by frequency, so ordinary text touches a few dozen blocks (about 200 KB each), not all 330.
/// Two threads may compute the same row at once; they write the same values, and a row is marked ready only after
/// it is written.
/// </remarks>
internal sealed unsafe class LacInputProjections
{
    private const int BlockSize = 64;
    private const int Width = LacModel.ProjectionWidth;

    private readonly LacModel _model;
    private readonly AlignedBuffer?[] _blocks;
    private readonly bool[] _ready;
    private readonly Lock _allocation = new();

    public LacInputProjections(LacModel model)
    {
        _model = model;
        _ready = new bool[model.Vocabulary.Size];
        _blocks = new AlignedBuffer?[(model.Vocabulary.Size + BlockSize - 1) / BlockSize];
    }

    /// <summary>The row of <paramref name="id"/>; valid only after <see cref="Prepare"/> has seen the id.</summary>
    public float* Row(int id) => _blocks[id / BlockSize]!.Pointer + (long)(id % BlockSize) * Width;

    /// <summary>Computes the rows of the ids not seen before.</summary>
    /// <param name="embedded">Scratch for the new ids' embeddings: at least <c>PadRows(ids.Length)</c> × 128 floats.</param>
    /// <param name="projected">Scratch for their projections: at least <c>PadRows(ids.Length)</c> × 768 floats.</param>
    public void Prepare(ReadOnlySpan<int> ids, Span<int> missing, float* embedded, float* projected)
    {
        var count = 0;
        foreach (var id in ids)
        {
            if (!Volatile.Read(ref _ready[id]) && !missing[..count].Contains(id))
            {
                missing[count++] = id;
            }
        }

        if (count == 0)
        {
            return;
        }

        var table = _model.Embedding.Span;
        for (var i = 0; i < count; i++)
        {
            table.Slice(missing[i] * LacModel.EmbeddingSize, LacModel.EmbeddingSize)
                .CopyTo(new Span<float>(embedded + (long)i * LacModel.EmbeddingSize, LacModel.EmbeddingSize));
        }

        var layer = _model.Layers[0];
        PackedGemm.MultiplyByRows(embedded, LacModel.EmbeddingSize, PackedGemm.PadRows(count), layer.Input, layer.InputBias.Pointer, 0,
            projected, Width);
        for (var i = 0; i < count; i++)
        {
            var id = missing[i];
            EnsureBlock(id / BlockSize);
            new ReadOnlySpan<float>(projected + (long)i * Width, Width).CopyTo(new Span<float>(Row(id), Width));
            Volatile.Write(ref _ready[id], true);
        }
    }

    private void EnsureBlock(int block)
    {
        if (Volatile.Read(ref _blocks[block]) is not null)
        {
            return;
        }

        lock (_allocation)
        {
            _blocks[block] ??= new AlignedBuffer(BlockSize * Width);
        }
    }
}
