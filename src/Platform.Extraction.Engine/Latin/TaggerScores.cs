using System.Globalization;
using System.Text;

namespace Platform.Extraction.Engine.Latin;

/// <summary>Entity-level exact-match counts for one type (or all types).</summary>
public sealed record TypeScore(string Type, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Held-out scores of the tagger: per type and overall (micro-averaged).</summary>
public sealed record TaggerScores(string Split, IReadOnlyList<TypeScore> PerType, TypeScore Overall)
{
    public string Format()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Split}: entity-level exact match");
        text.AppendLine("  type        P       R       F1      gold   predicted");
        foreach (var score in PerType.Append(Overall))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {score.Type,-9} {score.Precision,6:F3}  {score.Recall,6:F3}  {score.F1,6:F3}  {score.TruePositives + score.FalseNegatives,6}  {score.TruePositives + score.FalsePositives,6}");
        }

        return text.ToString();
    }

    /// <summary>Scores predicted against gold BIO sequences.</summary>
    public static TaggerScores Score(string split, IEnumerable<(int[] Gold, int[] Predicted)> pairs)
    {
        var types = BioTags.Types.Count;
        var tp = new int[types];
        var fp = new int[types];
        var fn = new int[types];
        foreach (var (gold, predicted) in pairs)
        {
            var goldSpans = BioTags.Spans(gold).ToHashSet();
            var predictedSpans = BioTags.Spans(predicted);
            foreach (var span in predictedSpans)
            {
                if (goldSpans.Remove(span))
                {
                    tp[span.TypeIndex]++;
                }
                else
                {
                    fp[span.TypeIndex]++;
                }
            }

            foreach (var span in goldSpans)
            {
                fn[span.TypeIndex]++;
            }
        }

        var perType = Enumerable.Range(0, types)
            .Select(k => new TypeScore(BioTags.ShortName(BioTags.Types[k]), tp[k], fp[k], fn[k]))
            .ToList();
        var overall = new TypeScore("ALL", tp.Sum(), fp.Sum(), fn.Sum());
        return new TaggerScores(split, perType, overall);
    }
}
