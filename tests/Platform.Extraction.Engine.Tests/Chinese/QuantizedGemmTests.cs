using Platform.Extraction.Engine.Chinese;

namespace Platform.Extraction.Engine.Tests.Chinese;

public sealed unsafe class QuantizedGemmTests
{
    private const int Rows = 16;
    private const int Depth = 256;
    private const int Columns = 96;

    [Avx2Fact]
    public void MultiplyByPanels_StatesInUnitRange_MatchesTheFloatProductWithinTheQuantisationError()
    {
        var (states, weights, init) = RandomOperands(seed: 7);

        var quantized = Multiply(states, weights, init, byRows: false);
        var exact = Multiply(states, weights, init, byRows: null);

        // The rounding errors of 256 products (11-bit weights, 12-bit states) add up to a standard deviation near 5e-4
        // here; a misplaced weight or state would be off by the size of the values themselves (≈ 0.1–1).
        Assert.All(Enumerable.Range(0, exact.Length), i => Assert.InRange(quantized[i] - exact[i], -3e-3f, 3e-3f));
    }

    [Avx2Fact]
    public void MultiplyByRows_TallStates_GivesEachRowWhatItsPanelProductGives()
    {
        var (states, weights, init) = RandomOperands(seed: 11);

        Assert.Equal(Multiply(states, weights, init, byRows: false), Multiply(states, weights, init, byRows: true));
    }

    [Avx2Fact]
    public void Quantize_ValuesAcrossTheRange_KeepTheirOrderAndRoundToTheNearestStep()
    {
        var values = Enumerable.Range(0, 32).Select(i => -1f + i / 15.5f).ToArray();
        var quantized = new short[values.Length];

        fixed (float* source = values)
        fixed (short* destination = quantized)
        {
            QuantizedGemm.Quantize(source, destination, values.Length);
        }

        Assert.Equal(values.Select(v => (short)MathF.Round(v * QuantizedMatrix.ActivationRange)), quantized);
    }

    /// <param name="byRows">true: <see cref="QuantizedGemm.MultiplyByRows"/>; false: by panels; null: float (<see cref="PackedGemm"/>).</param>
    private static float[] Multiply(float[] states, float[] weights, float[] init, bool? byRows)
    {
        var a = AlignedBuffer.From(states);
        var c = new AlignedBuffer(Rows * Columns);
        var bias = AlignedBuffer.From(init);
        if (byRows is null)
        {
            PackedGemm.MultiplyByPanels(a.Pointer, Depth, Rows, PackedMatrix.Pack(weights, Depth, Columns, Columns), bias.Pointer, 0, c.Pointer, Columns);
            return c.Span.ToArray();
        }

        var matrix = QuantizedMatrix.Quantize(weights, Depth, Columns, Columns);
        var quantized = new short[Rows * Depth];
        fixed (short* q = quantized)
        {
            QuantizedGemm.Quantize(a.Pointer, q, Rows * Depth);
            if (byRows.Value)
            {
                QuantizedGemm.MultiplyByRows(q, Depth, Rows, matrix, bias.Pointer, 0, c.Pointer, Columns);
            }
            else
            {
                QuantizedGemm.MultiplyByPanels(q, Depth, Rows, matrix, bias.Pointer, 0, c.Pointer, Columns);
            }
        }

        return c.Span.ToArray();
    }

    /// <summary>States in (−1, 1); weights of the trained network's size (|w| ≲ 0.3) with columns of different scales.</summary>
    private static (float[] States, float[] Weights, float[] Init) RandomOperands(int seed)
    {
        var random = new Random(seed);
        var states = Enumerable.Range(0, Rows * Depth).Select(_ => (float)Math.Tanh(3 * (random.NextDouble() - 0.5))).ToArray();
        var weights = Enumerable.Range(0, Depth * Columns)
            .Select(i => (float)((random.NextDouble() - 0.5) * 0.6 * (1 + i % Columns % 5) / 5)).ToArray();
        var init = Enumerable.Range(0, Columns).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        return (states, weights, init);
    }
}
