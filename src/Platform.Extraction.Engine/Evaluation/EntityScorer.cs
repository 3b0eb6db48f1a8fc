using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Evaluation;

/// <summary>
/// Scores predicted entities against gold with the corpus's own rules (score.py): a prediction matches
/// the gold entity most of its forms name; a second prediction of a matched entity is a split (a false
/// positive); gold concepts are scored apart and predictions matching only a concept are ignored.
/// </summary>
public static partial class EntityScorer
{
    private static readonly HashSet<string> MainTypes = ["PERSON", "ORGANIZATION", "PRODUCT", "LOCATION", "EVENT", "WORK"];

    public static EntityScore Score(GoldDocument gold, IReadOnlyList<PredictedEntity> predictions)
    {
        var index = new Dictionary<string, string>();
        foreach (var entity in gold.Entities)
        {
            foreach (var form in new[] { entity.Name, entity.NameZh }.Concat(entity.SurfaceForms))
            {
                if (!string.IsNullOrEmpty(form))
                {
                    index.TryAdd(Normalize(form), entity.Key);
                }
            }
        }
        var entities = gold.Entities.ToDictionary(e => e.Key);
        var matched = new Dictionary<string, PredictedEntity>();
        var keyOfPrediction = new Dictionary<string, string>();
        var falsePositives = new List<string>();
        int truePositives = 0, splits = 0, typed = 0;
        foreach (var prediction in predictions)
        {
            var keys = prediction.SurfaceForms.Append(prediction.Name).Select(Normalize)
                .Where(index.ContainsKey).Select(f => index[f]).ToList();
            if (keys.Count == 0)
            {
                falsePositives.Add(prediction.Name);
                continue;
            }
            var key = keys.GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => keys.IndexOf(g.Key)).First().Key;
            keyOfPrediction.TryAdd(prediction.Id, key);
            if (!MainTypes.Contains(entities[key].Type))
            {
                continue;
            }
            if (!matched.TryAdd(key, prediction))
            {
                splits++;
                falsePositives.Add($"{prediction.Name} (split of {key})");
                continue;
            }
            truePositives++;
            if (PlainType(prediction.Type) == entities[key].Type)
            {
                typed++;
            }
        }
        var main = gold.Entities.Where(e => MainTypes.Contains(e.Type)).ToList();
        var missed = main.Where(e => !matched.ContainsKey(e.Key)).Select(e => e.Key).ToList();
        var concepts = gold.Entities.Where(e => e.Type == "CONCEPT").ToList();
        var predictedForms = predictions.SelectMany(p => p.SurfaceForms.Append(p.Name)).Select(Normalize).ToHashSet();
        var conceptsFound = concepts.Count(c => new[] { c.Name, c.NameZh }.Concat(c.SurfaceForms)
            .Where(f => !string.IsNullOrEmpty(f)).Any(f => predictedForms.Contains(Normalize(f!))));
        return new EntityScore(gold.Doc, main.Count, truePositives, falsePositives.Count, missed.Count, splits, typed,
            concepts.Count, conceptsFound, missed, falsePositives, keyOfPrediction);
    }

    /// <summary>The same normalisation as score.py's norm().</summary>
    public static string Normalize(string? s)
    {
        var text = (s ?? "").Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        text = Whitespace().Replace(text, " ").Trim();
        text = SpaceBetweenCjk().Replace(text, "");
        return text.Replace('•', '·').Replace('・', '·');
    }

    public static string PlainType(string type)
    {
        var t = type.ToUpper(CultureInfo.InvariantCulture);
        foreach (var prefix in new[] { "ENTITY_TYPE_", "TYPE_" })
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal))
            {
                t = t[prefix.Length..];
            }
        }
        return t switch { "ORG" => "ORGANIZATION", "PER" => "PERSON", "LOC" or "GPE" => "LOCATION", _ => t };
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")]
    private static partial Regex SpaceBetweenCjk();
}

/// <param name="KeyOfPrediction">The gold key each matched prediction id stands for (used to score relations).</param>
public sealed record EntityScore(
    string Doc, int Gold, int TruePositives, int FalsePositives, int FalseNegatives, int Splits, int Typed,
    int Concepts, int ConceptsFound, IReadOnlyList<string> Missed, IReadOnlyList<string> FalsePositiveNames,
    IReadOnlyDictionary<string, string> KeyOfPrediction);
