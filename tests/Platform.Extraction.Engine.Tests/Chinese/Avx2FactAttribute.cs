using Platform.Extraction.Engine.Chinese;

namespace Platform.Extraction.Engine.Tests.Chinese;

/// <summary>A fact about the 16-bit network, skipped on a CPU without AVX2 (where the tagger runs in float).</summary>
public sealed class Avx2FactAttribute : FactAttribute
{
    public Avx2FactAttribute()
    {
        if (!QuantizedGemm.IsHardwareAccelerated)
        {
            Skip = "the quantised GEMM needs AVX2";
        }
    }
}
