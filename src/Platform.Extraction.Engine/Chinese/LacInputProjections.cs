namespace Platform.Extraction.Engine.Chinese;

/// <summary>
/// The first layer's input projection of each character (embedding · W + b, 768 floats), computed the first time
/// the character is seen and kept: the projection depends on the character alone, so the GEMM that made a fifth of
/// the network's arithmetic becomes a copy. Rows are computed by the same kernel in the same order, so the values
/// are bit-for-bit those of the GEMM over the whole batch.
/// </summary>
/// <remarks>
/// Thread-safe. Each row is its own 3 KB buffer, published once written, so memory grows with the characters met
/// (about 2,500 in the development documents: 8 MB), not the vocabulary's 20,940 (64 MB). Two threads may compute the
/// same row at once; the first to publish it wins, and both computed the same values.
/// </remarks>
internal sealed unsafe class LacInputProjections
{
    private const int Width = LacModel.ProjectionWidth;

    private readonly LacModel _model;
    private readonly AlignedBuffer?[] _rows;

    public LacInputProjections(LacModel model)
    {
        _model = model;
        _rows = new AlignedBuffer?[model.Vocabulary.Size];
    }

    /// <summary>The row of <paramref name="id"/>; valid only after <see cref="Prepare"/> has seen the id.</summary>
    public float* Row(int id) => _rows[id]!.Pointer;

    /// <summary>Computes the rows of the ids not seen before.</summary>
    /// <param name="embedded">Scratch for the new ids' embeddings: at least <c>PadRows(ids.Length)</c> × 128 floats.</param>
    /// <param name="projected">Scratch for their projections: at least <c>PadRows(ids.Length)</c> × 768 floats.</param>
    public void Prepare(ReadOnlySpan<int> ids, Span<int> missing, float* embedded, float* projected)
    {
        var count = 0;
        foreach (var id in ids)
        {
            if (Volatile.Read(ref _rows[id]) is null && !missing[..count].Contains(id))
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
            var row = AlignedBuffer.From(new ReadOnlySpan<float>(projected + (long)i * Width, Width));
            Interlocked.CompareExchange(ref _rows[missing[i]], row, null);
        }
    }
}
