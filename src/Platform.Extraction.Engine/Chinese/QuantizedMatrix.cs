namespace Platform.Extraction.Engine.Chinese;

/// <summary>
/// A [K × N] weight matrix quantised to 16-bit integers for <see cref="QuantizedGemm"/>: column j is scaled so its
/// largest magnitude becomes <see cref="WeightRange"/>, and stored as column panels of <see cref="PanelWidth"/> in
/// which each row pair (k, k+1) of a column sits side by side, the operand order of AVX2's <c>vpmaddwd</c>.
/// </summary>
/// <remarks>
/// With activations in [−1, 1] quantised to ±<see cref="ActivationRange"/>, a K = 256 dot product stays under
/// 256 · 2048 · 2047 &lt; 2³¹, so the int32 sums never overflow. Each weight keeps 11 bits: its rounding error is under
/// 1/4094 of its column's largest weight.
/// </remarks>
internal sealed unsafe class QuantizedMatrix
{
    public const int PanelWidth = 16;
    public const float ActivationRange = 2048f;
    public const int MaxRows = 256;
    private const float WeightRange = 2047f;

    // Aligned storage of floats, read as twice as many 16-bit integers.
    private readonly AlignedBuffer _storage;

    private QuantizedMatrix(int rows, int columns, AlignedBuffer storage, AlignedBuffer scales)
    {
        Rows = rows;
        Columns = columns;
        _storage = storage;
        Scales = scales;
    }

    /// <summary>K, even.</summary>
    public int Rows { get; }

    /// <summary>Padded column count (a multiple of <see cref="PanelWidth"/>).</summary>
    public int Columns { get; }

    public int PanelCount => Columns / PanelWidth;

    public short* Panels => (short*)_storage.Pointer;

    /// <summary>Per column: what one unit of (quantised activation × quantised weight) is worth.</summary>
    public AlignedBuffer Scales { get; }

    public short* Panel(int index) => Panels + (long)index * Rows * PanelWidth;

    /// <param name="source">Row-major values, element (k, n) at <c>k * sourceStride + n</c>.</param>
    public static QuantizedMatrix Quantize(ReadOnlySpan<float> source, int rows, int columns, int sourceStride)
    {
        if (rows % 2 != 0 || rows > MaxRows)
        {
            throw new ArgumentOutOfRangeException(nameof(rows), rows, $"an even row count up to {MaxRows}");
        }

        var padded = (columns + PanelWidth - 1) / PanelWidth * PanelWidth;
        var scales = new AlignedBuffer(padded);
        // rows is even, so the shorts fill whole floats.
        var storage = new AlignedBuffer(rows * padded / 2);
        var panels = (short*)storage.Pointer;
        for (var column = 0; column < columns; column++)
        {
            var largest = 0f;
            for (var k = 0; k < rows; k++)
            {
                largest = Math.Max(largest, Math.Abs(source[k * sourceStride + column]));
            }

            var step = largest == 0 ? 1f : largest / WeightRange;
            scales.Span[column] = step / ActivationRange;
            var panel = panels + (long)(column / PanelWidth) * rows * PanelWidth;
            for (var k = 0; k < rows; k++)
            {
                panel[(k / 2 * PanelWidth + column % PanelWidth) * 2 + k % 2] = (short)MathF.Round(source[k * sourceStride + column] / step);
            }
        }

        return new QuantizedMatrix(rows, padded, storage, scales);
    }
}
