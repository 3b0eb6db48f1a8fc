using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Platform.Extraction.Engine.Chinese;

/// <summary>
/// C = Init + A·B for activations A in [−1, 1] quantised by <see cref="Quantize"/> and a <see cref="QuantizedMatrix"/> B.
/// With AVX2, <c>vpmaddwd</c> multiplies sixteen 16-bit pairs and adds adjacent products in one instruction, twice the
/// multiply-adds of a float FMA; on AVX2-only hosts the recurrent network is bound by that arithmetic, so this is what
/// the Chinese tagger's speed rests on. Blocks are <see cref="PackedGemm.RowBlock"/> rows (as two 4-row halves) × 16
/// columns; row counts are rounded up to <see cref="PackedGemm.RowBlock"/> as in <see cref="PackedGemm"/>.
/// </summary>
/// <remarks>Hand-written: no library here offers an int16 GEMM with a float epilogue callable on raw buffers.</remarks>
internal static unsafe class QuantizedGemm
{
    private const int RowGroup = 4 * PackedGemm.RowBlock;

    public static bool IsHardwareAccelerated => Avx2.IsSupported;

    /// <summary>Rounds <paramref name="count"/> values (a multiple of 16) in [−1, 1] to ±<see cref="QuantizedMatrix.ActivationRange"/>.</summary>
    public static void Quantize(float* source, short* destination, int count)
    {
        var scale = Vector256.Create(QuantizedMatrix.ActivationRange);
        for (var i = 0; i < count; i += 16)
        {
            var low = Avx.ConvertToVector256Int32(Vector256.Load(source + i) * scale);
            var high = Avx.ConvertToVector256Int32(Vector256.Load(source + i + 8) * scale);

            // vpackssdw packs within 128-bit lanes (low 0–3, high 0–3, low 4–7, high 4–7): the permute restores the order.
            var packed = Avx2.PackSignedSaturate(low, high);
            Avx2.Permute4x64(packed.AsInt64(), 0b11_01_10_00).AsInt16().Store(destination + i);
        }
    }

    /// <summary>Groups of rows outer, panels inner, as <see cref="PackedGemm.MultiplyByRows"/> (tall A).</summary>
    public static void MultiplyByRows(short* a, int lda, int rows, QuantizedMatrix b, float* init, int initStride, float* c, int ldc)
    {
        for (var group = 0; group < rows; group += RowGroup)
        {
            var groupRows = Math.Min(RowGroup, rows - group);
            MultiplyByPanels(a + (long)group * lda, lda, groupRows, b, init + (long)group * initStride, initStride, c + (long)group * ldc, ldc);
        }
    }

    /// <summary>Panels outer, row blocks inner, as <see cref="PackedGemm.MultiplyByPanels"/> (the recurrent steps).</summary>
    public static void MultiplyByPanels(short* a, int lda, int rows, QuantizedMatrix b, float* init, int initStride, float* c, int ldc)
    {
        for (var panel = 0; panel < b.PanelCount; panel++)
        {
            var bPanel = b.Panel(panel);
            var column = panel * QuantizedMatrix.PanelWidth;
            var scales = b.Scales.Pointer + column;
            for (var row = 0; row < rows; row += 4)
            {
                Block(a + (long)row * lda, lda, bPanel, b.Rows / 2, scales, init + (long)row * initStride + column, initStride,
                    c + (long)row * ldc + column, ldc);
            }
        }
    }

    /// <summary>Four rows × 16 columns: eight int32 accumulators, two B vectors and a broadcast pair of A.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Block(short* a, int lda, short* b, int pairs, float* scales, float* init, int initStride, float* c, int ldc)
    {
        int* a0 = (int*)a, a1 = (int*)(a + lda), a2 = (int*)(a + 2 * lda), a3 = (int*)(a + 3 * lda);
        Vector256<int> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default, c30 = default, c31 = default;
        for (var pair = 0; pair < pairs; pair++, b += 2 * QuantizedMatrix.PanelWidth)
        {
            var b0 = Vector256.Load(b);
            var b1 = Vector256.Load(b + 16);
            var x = Vector256.Create(a0[pair]).AsInt16();
            c00 = Avx2.Add(c00, Avx2.MultiplyAddAdjacent(x, b0)); c01 = Avx2.Add(c01, Avx2.MultiplyAddAdjacent(x, b1));
            x = Vector256.Create(a1[pair]).AsInt16();
            c10 = Avx2.Add(c10, Avx2.MultiplyAddAdjacent(x, b0)); c11 = Avx2.Add(c11, Avx2.MultiplyAddAdjacent(x, b1));
            x = Vector256.Create(a2[pair]).AsInt16();
            c20 = Avx2.Add(c20, Avx2.MultiplyAddAdjacent(x, b0)); c21 = Avx2.Add(c21, Avx2.MultiplyAddAdjacent(x, b1));
            x = Vector256.Create(a3[pair]).AsInt16();
            c30 = Avx2.Add(c30, Avx2.MultiplyAddAdjacent(x, b0)); c31 = Avx2.Add(c31, Avx2.MultiplyAddAdjacent(x, b1));
        }

        var s0 = Vector256.Load(scales);
        var s1 = Vector256.Load(scales + 8);
        Store(c00, c01, s0, s1, init, c); init += initStride; c += ldc;
        Store(c10, c11, s0, s1, init, c); init += initStride; c += ldc;
        Store(c20, c21, s0, s1, init, c); init += initStride; c += ldc;
        Store(c30, c31, s0, s1, init, c);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Vector256<int> low, Vector256<int> high, Vector256<float> s0, Vector256<float> s1, float* init, float* c)
    {
        Vector256.FusedMultiplyAdd(Vector256.ConvertToSingle(low), s0, Vector256.Load(init)).Store(c);
        Vector256.FusedMultiplyAdd(Vector256.ConvertToSingle(high), s1, Vector256.Load(init + 8)).Store(c + 8);
    }
}
