namespace Platform.Extraction.Engine.Pipeline;

/// <summary>
/// How central an entity is to one document, 0..1: how often it is named (log-scaled), how early it is
/// first named, whether the title names it, and how widely its mentions spread through the text.
/// The most salient entity scores 1; the others are relative to it.
/// </summary>
public static class SalienceScorer
{
    public sealed record Input(string EntityId, IReadOnlyList<int> MentionStarts, bool InTitle);

    public static IReadOnlyDictionary<string, double> Score(IReadOnlyList<Input> entities, int textLength)
    {
        var raw = new Dictionary<string, double>();
        var length = Math.Max(1, textLength);
        foreach (var entity in entities)
        {
            if (entity.MentionStarts.Count == 0)
            {
                raw[entity.EntityId] = entity.InTitle ? 1.0 : 0.0;
                continue;
            }
            var frequency = Math.Log(1 + entity.MentionStarts.Count);
            var firstPosition = 1.0 - (double)entity.MentionStarts.Min() / length;
            var spread = (double)(entity.MentionStarts.Max() - entity.MentionStarts.Min()) / length;
            raw[entity.EntityId] = frequency + 0.5 * firstPosition + 0.5 * spread + (entity.InTitle ? 1.0 : 0.0);
        }
        var max = raw.Values.DefaultIfEmpty(0).Max();
        return raw.ToDictionary(kv => kv.Key, kv => max <= 0 ? 0 : Math.Round(kv.Value / max, 4));
    }
}
