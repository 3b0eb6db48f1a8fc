using System.Runtime.Intrinsics;

namespace Platform.Extraction.Engine.Chinese;

/// <summary>
/// Paddle's crf_decoding (Viterbi): alpha₀ = start + x₀; alpha_k[j] = max_i(alpha_{k-1}[i] + T[i, j]) + x_k[j];
/// the last tag maximises alpha + end. Ties keep the lowest index, as Paddle's strict '&gt;' does.
/// Vectorised over the 64 (padded) target labels. Not thread-safe: one per workspace.
/// </summary>
internal sealed unsafe class CrfDecoder
{
    private const int Stride = LacModel.EmissionStride;

    private readonly AlignedBuffer _alpha = new(Stride);
    private readonly AlignedBuffer _nextAlpha = new(Stride);
    private int[] _track = new int[Stride * 64];

    /// <param name="emission">Emission rows, <see cref="LacModel.EmissionStride"/> floats each.</param>
    /// <param name="rowOfStep">Row of step t is <c>rowOfStep[t] + column</c> (the packed time-major layout).</param>
    public void Decode(CrfWeights crf, float* emission, ReadOnlySpan<int> rowOfStep, int column, int length, Span<byte> path)
    {
        if (length == 0)
        {
            return;
        }

        if (_track.Length < length * Stride)
        {
            _track = new int[length * Stride * 2];
        }

        var labels = crf.LabelCount;
        var transitions = crf.Transitions.Pointer;
        var alpha = _alpha.Pointer;
        var next = _nextAlpha.Pointer;
        var first = emission + (long)(rowOfStep[0] + column) * Stride;
        for (var j = 0; j < Stride; j += 8)
        {
            (Vector256.Load(crf.Start.Pointer + j) + Vector256.Load(first + j)).Store(alpha + j);
        }

        fixed (int* track = _track)
        {
            for (var t = 1; t < length; t++)
            {
                var x = emission + (long)(rowOfStep[t] + column) * Stride;
                var trackRow = track + t * Stride;
                for (var j = 0; j < Stride; j += 8)
                {
                    var best = Vector256.Create(-float.MaxValue);
                    var bestFrom = Vector256<int>.Zero;
                    var column0 = transitions + j;
                    for (var from = 0; from < labels; from++)
                    {
                        var score = Vector256.Create(alpha[from]) + Vector256.Load(column0 + from * Stride);
                        var better = Vector256.GreaterThan(score, best);
                        best = Vector256.ConditionalSelect(better, score, best);
                        bestFrom = Vector256.ConditionalSelect(better.AsInt32(), Vector256.Create(from), bestFrom);
                    }

                    (best + Vector256.Load(x + j)).Store(next + j);
                    bestFrom.Store(trackRow + j);
                }

                var swap = alpha;
                alpha = next;
                next = swap;
            }

            var bestScore = -float.MaxValue;
            var bestLast = 0;
            for (var label = 0; label < labels; label++)
            {
                var score = alpha[label] + crf.End.Pointer[label];
                if (score > bestScore)
                {
                    bestScore = score;
                    bestLast = label;
                }
            }

            path[length - 1] = (byte)bestLast;
            for (var t = length - 1; t > 0; t--)
            {
                bestLast = track[t * Stride + bestLast];
                path[t - 1] = (byte)bestLast;
            }
        }
    }
}
