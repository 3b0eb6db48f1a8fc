namespace Platform.Extraction.Engine.Latin;

/// <summary>
/// Best BIO sequence under per-word emission scores plus tag-transition scores, with I-X only after B-X/I-X.
/// Also gives each word's margin: how much the best sequence beats the best one with another tag there.
/// </summary>
internal static class ViterbiDecoder
{
    /// <param name="emissions">n × T scores, row-major.</param>
    /// <param name="transitions">(T + 1) × T scores; row T is the start state.</param>
    /// <param name="margins">Optional, n entries.</param>
    public static void Decode(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, Span<int> tags, Span<double> margins = default)
    {
        var t = BioTags.Count;
        if (n == 0)
        {
            return;
        }

        var alpha = new double[n * t];
        var back = new int[n * t];
        for (var y = 0; y < t; y++)
        {
            alpha[y] = BioTags.IsAllowed(BioTags.Outside, y) && !BioTags.IsInside(y)
                ? emissions[y] + transitions[t * t + y]
                : double.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            for (var y = 0; y < t; y++)
            {
                var best = double.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < t; p++)
                {
                    if (!BioTags.IsAllowed(p, y))
                    {
                        continue;
                    }

                    var score = alpha[(i - 1) * t + p] + transitions[p * t + y];
                    if (score > best)
                    {
                        best = score;
                        arg = p;
                    }
                }

                alpha[i * t + y] = best + emissions[i * t + y];
                back[i * t + y] = arg;
            }
        }

        var last = 0;
        for (var y = 1; y < t; y++)
        {
            if (alpha[(n - 1) * t + y] > alpha[(n - 1) * t + last])
            {
                last = y;
            }
        }

        tags[n - 1] = last;
        for (var i = n - 1; i > 0; i--)
        {
            tags[i - 1] = back[i * t + tags[i]];
        }

        if (margins.Length >= n)
        {
            ComputeMargins(emissions, n, transitions, alpha, tags, margins);
        }
    }

    private static void ComputeMargins(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, double[] alpha, Span<int> tags, Span<double> margins)
    {
        var t = BioTags.Count;
        var beta = new double[n * t]; // best score of the words after i, given tag y at i
        for (var i = n - 2; i >= 0; i--)
        {
            for (var y = 0; y < t; y++)
            {
                var best = double.NegativeInfinity;
                for (var z = 0; z < t; z++)
                {
                    if (BioTags.IsAllowed(y, z))
                    {
                        best = Math.Max(best, transitions[y * t + z] + emissions[(i + 1) * t + z] + beta[(i + 1) * t + z]);
                    }
                }

                beta[i * t + y] = best;
            }
        }

        for (var i = 0; i < n; i++)
        {
            var chosen = alpha[i * t + tags[i]] + beta[i * t + tags[i]];
            var rival = double.NegativeInfinity;
            for (var y = 0; y < t; y++)
            {
                if (y != tags[i])
                {
                    rival = Math.Max(rival, alpha[i * t + y] + beta[i * t + y]);
                }
            }

            margins[i] = double.IsNegativeInfinity(rival) ? 1e6 : chosen - rival;
        }
    }
}
