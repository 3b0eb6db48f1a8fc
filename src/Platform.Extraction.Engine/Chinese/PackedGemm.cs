using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Platform.Extraction.Engine.Chinese;

/// <summary>
/// C = Init + A·B for row-major A and a <see cref="PackedMatrix"/> B, in blocks of
/// <see cref="RowBlock"/> rows × 32 columns (with AVX2, four blocks of 4 × 16) held in registers. Row counts are always rounded up to
/// <see cref="RowBlock"/>: callers give buffers with that many readable and writable rows.
/// </summary>
internal static unsafe class PackedGemm
{
    public const int RowBlock = 8;

    private const int RowGroup = 4 * RowBlock;

    private static readonly bool UseVector512 = Vector512.IsHardwareAccelerated;

    public static int PadRows(int rows) => (rows + RowBlock - 1) / RowBlock * RowBlock;

    /// <summary>
    /// Groups of <see cref="RowGroup"/> rows outer, panels, then row blocks: each panel is read from L2 once per
    /// group and reused from L1 by its row blocks (the input projections: tall A).
    /// </summary>
    /// <param name="init">Initial values: a bias row when <paramref name="initStride"/> is 0, else a matrix.</param>
    public static void MultiplyByRows(float* a, int lda, int rows, PackedMatrix b, float* init, int initStride, float* c, int ldc)
    {
        for (var group = 0; group < rows; group += RowGroup)
        {
            var groupRows = Math.Min(RowGroup, rows - group);
            MultiplyByPanels(a + (long)group * lda, lda, groupRows, b, init + (long)group * initStride, initStride, c + (long)group * ldc, ldc);
        }
    }

    /// <summary>Panels outer, row blocks inner: the panel stays in L1 (the recurrent steps, few rows).</summary>
    public static void MultiplyByPanels(float* a, int lda, int rows, PackedMatrix b, float* init, int initStride, float* c, int ldc)
    {
        for (var panel = 0; panel < b.PanelCount; panel++)
        {
            var bPanel = b.Panel(panel);
            var column = panel * PackedMatrix.PanelWidth;
            for (var row = 0; row < rows; row += RowBlock)
            {
                Block(a + (long)row * lda, lda, bPanel, b.Rows,
                    init + (long)row * initStride + column, initStride,
                    c + (long)row * ldc + column, ldc);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Block(float* a, int lda, float* b, int k, float* init, int initStride, float* c, int ldc)
    {
        if (UseVector512)
        {
            Block512(a, lda, b, k, init, initStride, c, ldc);
        }
        else
        {
            Block256(a, lda, b, k, init, initStride, c, ldc);
            Block256(a, lda, b + 16, k, init + 16, initStride, c + 16, ldc);
            Block256(a + 4 * lda, lda, b, k, init + 4 * initStride, initStride, c + 4 * ldc, ldc);
            Block256(a + 4 * lda, lda, b + 16, k, init + 4 * initStride + 16, initStride, c + 4 * ldc + 16, ldc);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Block512(float* a, int lda, float* b, int k, float* init, int initStride, float* c, int ldc)
    {
        float* a0 = a, a1 = a + lda, a2 = a1 + lda, a3 = a2 + lda, a4 = a3 + lda, a5 = a4 + lda, a6 = a5 + lda, a7 = a6 + lda;
        var c00 = Vector512.Load(init); var c01 = Vector512.Load(init + 16); init += initStride;
        var c10 = Vector512.Load(init); var c11 = Vector512.Load(init + 16); init += initStride;
        var c20 = Vector512.Load(init); var c21 = Vector512.Load(init + 16); init += initStride;
        var c30 = Vector512.Load(init); var c31 = Vector512.Load(init + 16); init += initStride;
        var c40 = Vector512.Load(init); var c41 = Vector512.Load(init + 16); init += initStride;
        var c50 = Vector512.Load(init); var c51 = Vector512.Load(init + 16); init += initStride;
        var c60 = Vector512.Load(init); var c61 = Vector512.Load(init + 16); init += initStride;
        var c70 = Vector512.Load(init); var c71 = Vector512.Load(init + 16);
        for (var i = 0; i < k; i++, b += 32)
        {
            var b0 = Vector512.Load(b);
            var b1 = Vector512.Load(b + 16);
            var x = Vector512.Create(a0[i]);
            c00 = Vector512.FusedMultiplyAdd(x, b0, c00); c01 = Vector512.FusedMultiplyAdd(x, b1, c01);
            x = Vector512.Create(a1[i]);
            c10 = Vector512.FusedMultiplyAdd(x, b0, c10); c11 = Vector512.FusedMultiplyAdd(x, b1, c11);
            x = Vector512.Create(a2[i]);
            c20 = Vector512.FusedMultiplyAdd(x, b0, c20); c21 = Vector512.FusedMultiplyAdd(x, b1, c21);
            x = Vector512.Create(a3[i]);
            c30 = Vector512.FusedMultiplyAdd(x, b0, c30); c31 = Vector512.FusedMultiplyAdd(x, b1, c31);
            x = Vector512.Create(a4[i]);
            c40 = Vector512.FusedMultiplyAdd(x, b0, c40); c41 = Vector512.FusedMultiplyAdd(x, b1, c41);
            x = Vector512.Create(a5[i]);
            c50 = Vector512.FusedMultiplyAdd(x, b0, c50); c51 = Vector512.FusedMultiplyAdd(x, b1, c51);
            x = Vector512.Create(a6[i]);
            c60 = Vector512.FusedMultiplyAdd(x, b0, c60); c61 = Vector512.FusedMultiplyAdd(x, b1, c61);
            x = Vector512.Create(a7[i]);
            c70 = Vector512.FusedMultiplyAdd(x, b0, c70); c71 = Vector512.FusedMultiplyAdd(x, b1, c71);
        }

        c00.Store(c); c01.Store(c + 16); c += ldc;
        c10.Store(c); c11.Store(c + 16); c += ldc;
        c20.Store(c); c21.Store(c + 16); c += ldc;
        c30.Store(c); c31.Store(c + 16); c += ldc;
        c40.Store(c); c41.Store(c + 16); c += ldc;
        c50.Store(c); c51.Store(c + 16); c += ldc;
        c60.Store(c); c61.Store(c + 16); c += ldc;
        c70.Store(c); c71.Store(c + 16);
    }

    /// <summary>
    /// Four rows × 16 columns of a panel with 256-bit vectors (AVX2 machines; software fallback elsewhere). Sixteen
    /// columns, not the panel's 32: eight accumulators, two B vectors and a broadcast fit AVX2's sixteen registers,
    /// where a 4 × 32 block made the JIT spill half its accumulators to the stack on every step (three times slower).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Block256(float* a, int lda, float* b, int k, float* init, int initStride, float* c, int ldc)
    {
        float* a0 = a, a1 = a + lda, a2 = a1 + lda, a3 = a2 + lda;
        var c00 = Vector256.Load(init); var c01 = Vector256.Load(init + 8); init += initStride;
        var c10 = Vector256.Load(init); var c11 = Vector256.Load(init + 8); init += initStride;
        var c20 = Vector256.Load(init); var c21 = Vector256.Load(init + 8); init += initStride;
        var c30 = Vector256.Load(init); var c31 = Vector256.Load(init + 8);
        for (var i = 0; i < k; i++, b += PackedMatrix.PanelWidth)
        {
            var b0 = Vector256.Load(b);
            var b1 = Vector256.Load(b + 8);
            var x = Vector256.Create(a0[i]);
            c00 = Vector256.FusedMultiplyAdd(x, b0, c00); c01 = Vector256.FusedMultiplyAdd(x, b1, c01);
            x = Vector256.Create(a1[i]);
            c10 = Vector256.FusedMultiplyAdd(x, b0, c10); c11 = Vector256.FusedMultiplyAdd(x, b1, c11);
            x = Vector256.Create(a2[i]);
            c20 = Vector256.FusedMultiplyAdd(x, b0, c20); c21 = Vector256.FusedMultiplyAdd(x, b1, c21);
            x = Vector256.Create(a3[i]);
            c30 = Vector256.FusedMultiplyAdd(x, b0, c30); c31 = Vector256.FusedMultiplyAdd(x, b1, c31);
        }

        c00.Store(c); c01.Store(c + 8); c += ldc;
        c10.Store(c); c11.Store(c + 8); c += ldc;
        c20.Store(c); c21.Store(c + 8); c += ldc;
        c30.Store(c); c31.Store(c + 8);
    }
}
