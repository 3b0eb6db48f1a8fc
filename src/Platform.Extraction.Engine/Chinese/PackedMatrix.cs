namespace Platform.Extraction.Engine.Chinese;

/// <summary>
/// A [K × N] weight matrix stored as column panels of <see cref="PanelWidth"/> floats: panel p holds
/// rows 0..K-1 of columns p·32..p·32+31 contiguously, so the GEMM kernel reads it sequentially.
/// N is padded with zero columns up to a whole panel.
/// </summary>
internal sealed unsafe class PackedMatrix
{
    public const int PanelWidth = 32;

    private readonly AlignedBuffer _panels;

    private PackedMatrix(int rows, int columns, AlignedBuffer panels)
    {
        Rows = rows;
        Columns = columns;
        _panels = panels;
    }

    public int Rows { get; }

    /// <summary>Padded column count (a multiple of <see cref="PanelWidth"/>).</summary>
    public int Columns { get; }

    public int PanelCount => Columns / PanelWidth;

    public float* Panel(int index) => _panels.Pointer + (long)index * Rows * PanelWidth;

    /// <param name="source">Row-major values, element (k, n) at <c>k * sourceStride + n</c>.</param>
    public static PackedMatrix Pack(ReadOnlySpan<float> source, int rows, int columns, int sourceStride)
    {
        var padded = (columns + PanelWidth - 1) / PanelWidth * PanelWidth;
        var panels = new AlignedBuffer(rows * padded);
        var destination = panels.Span;
        for (var panel = 0; panel < padded / PanelWidth; panel++)
        {
            for (var k = 0; k < rows; k++)
            {
                for (var j = 0; j < PanelWidth; j++)
                {
                    var column = panel * PanelWidth + j;
                    destination[(panel * rows + k) * PanelWidth + j] = column < columns ? source[k * sourceStride + column] : 0f;
                }
            }
        }

        return new PackedMatrix(rows, padded, panels);
    }
}
