namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// What the cue patterns stated in each sentence of one text, kept between its two readings (the second gives the
/// speakers' "we" their organisations): a sentence whose template, arguments and speaker are unchanged states the same
/// relations, so its patterns need not run again. The template's text fixes where each argument stands in the sentence.
/// </summary>
internal sealed class StatedRelationsMemo
{
    private readonly Dictionary<Key, List<ExtractedRelation>> _stated = [];

    public List<ExtractedRelation> GetOrAdd(int start, SentenceTemplate template, RelationArgument? speaker, RelationArgument? unnamedSpeaker,
        Func<List<ExtractedRelation>> find)
    {
        var key = new Key(start, template.Text, string.Join('\u0001', template.Arguments.Select(a => a.EntityId)), speaker, unnamedSpeaker);
        if (!_stated.TryGetValue(key, out var relations))
        {
            relations = find();
            _stated[key] = relations;
        }
        return relations;
    }

    private readonly record struct Key(int Start, string Template, string EntityIds, RelationArgument? Speaker, RelationArgument? UnnamedSpeaker);
}
