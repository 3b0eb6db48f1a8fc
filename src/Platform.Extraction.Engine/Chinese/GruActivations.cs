using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Platform.Extraction.Engine.Chinese;

/// <summary>
/// Paddle's GRU activations, vectorised: sigmoid clips its input to [-40, 13];
/// tanh is 2 / (1 + exp(min(-2x, 40))) − 1. exp is a Cephes-style float polynomial (≈1 ulp).
/// Counts must be multiples of 16.
/// </summary>
internal static unsafe class GruActivations
{
    private const float ExpHigh = 88.3762626647949f;
    private const float ExpLow = -88.3762626647949f;
    private const float Log2E = 1.44269504088896341f;
    private const float Ln2High = 0.693359375f;
    private const float Ln2Low = -2.12194440e-4f;
    private const float P0 = 1.9875691500E-4f;
    private const float P1 = 1.3981999507E-3f;
    private const float P2 = 8.3334519073E-3f;
    private const float P3 = 4.1665795894E-2f;
    private const float P4 = 1.6666665459E-1f;
    private const float P5 = 5.0000001201E-1f;
    private const float SigmoidMin = -40f;
    private const float SigmoidMax = 13f;
    private const float TanhExpMax = 40f;

    private static readonly bool UseVector512 = Vector512.IsHardwareAccelerated;

    public static void Sigmoid(float* values, int count)
    {
        if (UseVector512)
        {
            for (var i = 0; i < count; i += 16)
            {
                var x = Vector512.Min(Vector512.Max(Vector512.Load(values + i), Vector512.Create(SigmoidMin)), Vector512.Create(SigmoidMax));
                (Vector512<float>.One / (Vector512<float>.One + Exp(-x))).Store(values + i);
            }
        }
        else
        {
            for (var i = 0; i < count; i += 8)
            {
                var x = Vector256.Min(Vector256.Max(Vector256.Load(values + i), Vector256.Create(SigmoidMin)), Vector256.Create(SigmoidMax));
                (Vector256<float>.One / (Vector256<float>.One + Exp(-x))).Store(values + i);
            }
        }
    }

    public static void Tanh(float* values, int count)
    {
        if (UseVector512)
        {
            for (var i = 0; i < count; i += 16)
            {
                var t = Vector512.Min(Vector512.Load(values + i) * -2f, Vector512.Create(TanhExpMax));
                (Vector512.Create(2f) / (Vector512<float>.One + Exp(t)) - Vector512<float>.One).Store(values + i);
            }
        }
        else
        {
            for (var i = 0; i < count; i += 8)
            {
                var t = Vector256.Min(Vector256.Load(values + i) * -2f, Vector256.Create(TanhExpMax));
                (Vector256.Create(2f) / (Vector256<float>.One + Exp(t)) - Vector256<float>.One).Store(values + i);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Exp(Vector512<float> x)
    {
        x = Vector512.Min(Vector512.Max(x, Vector512.Create(ExpLow)), Vector512.Create(ExpHigh));
        var n = Vector512.Floor(Vector512.FusedMultiplyAdd(x, Vector512.Create(Log2E), Vector512.Create(0.5f)));
        x = Vector512.FusedMultiplyAdd(n, Vector512.Create(-Ln2High), x);
        x = Vector512.FusedMultiplyAdd(n, Vector512.Create(-Ln2Low), x);
        var y = Vector512.FusedMultiplyAdd(Vector512.Create(P0), x, Vector512.Create(P1));
        y = Vector512.FusedMultiplyAdd(y, x, Vector512.Create(P2));
        y = Vector512.FusedMultiplyAdd(y, x, Vector512.Create(P3));
        y = Vector512.FusedMultiplyAdd(y, x, Vector512.Create(P4));
        y = Vector512.FusedMultiplyAdd(y, x, Vector512.Create(P5));
        y = Vector512.FusedMultiplyAdd(y, x * x, x) + Vector512<float>.One;
        var scale = Vector512.ShiftLeft(Vector512.ConvertToInt32(n) + Vector512.Create(127), 23).AsSingle();
        return y * scale;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Exp(Vector256<float> x)
    {
        x = Vector256.Min(Vector256.Max(x, Vector256.Create(ExpLow)), Vector256.Create(ExpHigh));
        var n = Vector256.Floor(Vector256.FusedMultiplyAdd(x, Vector256.Create(Log2E), Vector256.Create(0.5f)));
        x = Vector256.FusedMultiplyAdd(n, Vector256.Create(-Ln2High), x);
        x = Vector256.FusedMultiplyAdd(n, Vector256.Create(-Ln2Low), x);
        var y = Vector256.FusedMultiplyAdd(Vector256.Create(P0), x, Vector256.Create(P1));
        y = Vector256.FusedMultiplyAdd(y, x, Vector256.Create(P2));
        y = Vector256.FusedMultiplyAdd(y, x, Vector256.Create(P3));
        y = Vector256.FusedMultiplyAdd(y, x, Vector256.Create(P4));
        y = Vector256.FusedMultiplyAdd(y, x, Vector256.Create(P5));
        y = Vector256.FusedMultiplyAdd(y, x * x, x) + Vector256<float>.One;
        var scale = Vector256.ShiftLeft(Vector256.ConvertToInt32(n) + Vector256.Create(127), 23).AsSingle();
        return y * scale;
    }
}
