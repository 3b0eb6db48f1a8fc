namespace Platform.Extraction.Engine.Latin;

/// <summary>How sure a perceptron tagger is of the entities it finds: the scale its confidences are measured against.</summary>
public static class EntityMargins
{
    /// <summary>
    /// The median, over every entity span tagged in <paramref name="tagged"/>, of the span's smallest per-token margin
    /// (1.0 when nothing was tagged); never below 0.001.
    /// </summary>
    public static double Median(IEnumerable<(int[] Tags, double[] Margins)> tagged)
    {
        var margins = new List<double>();
        foreach (var (tags, tokenMargins) in tagged)
        {
            foreach (var (start, end, _) in BioTags.Spans(tags))
            {
                margins.Add(tokenMargins.AsSpan(start, end - start).ToArray().Min());
            }
        }

        if (margins.Count == 0)
        {
            return 1.0;
        }

        margins.Sort();
        return Math.Max(1e-3, margins[margins.Count / 2]);
    }
}
