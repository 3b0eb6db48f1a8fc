using Platform.Extraction.Engine.Chinese;
using Platform.Extraction.Engine.Latin;

namespace Platform.Extraction.Engine.Evaluation;

/// <summary>
/// The whole engine scored on the taggers' held-out sentences, which it has never seen: CLUENER2020's every tenth
/// sentence (<see cref="ClueNerCorpus"/>) and WikiANN-en dev + WNUT17 dev. Each sentence is extracted on its own and
/// its mentions are compared with the gold names character by character (entity-level exact span and type), beside
/// peers on the same sentences: the Chinese tagger alone and LAC-small alone, and the English tagger alone.
/// </summary>
/// <remarks>
/// CLUENER puts a book's, film's or game's title marks inside the name (《雾岛纪元》), where the engine's mention is the
/// title itself, and now and then one mark or quotation mark alone (红楼梦》, “老中家具公司”); gold spans are scored
/// without the marks at their edges. Types the corpus does not annotate (events, concepts) are not scored.
/// </remarks>
public static class HeldOutEngineScores
{
    public static IReadOnlyList<(string System, TaggerScores Scores)> Chinese(IEntityExtractor engine, string dataDir)
    {
        var (_, heldOut) = ClueNerCorpus.ReadSplit(ChineseTaggerTraining.CorpusPath(dataDir));
        var gold = heldOut.ConvertAll(s => WithoutTitleMarks(s.Text, s.Tags));
        var systems = new List<(string, TaggerScores)>
        {
            ("engine", Score("CLUENER2020 held-out, whole engine", gold, heldOut.ConvertAll(s => EngineTags(engine, s.Text)))),
        };
        if (ChineseEntityTagger.Default is { } tagger)
        {
            systems.Add(("Chinese tagger alone", Score("Chinese tagger alone", gold,
                heldOut.ConvertAll(s => WithoutTitleMarks(s.Text, tagger.TagCharacters(s.Text))))));
        }

        var lac = new LacTagger(LacModel.Shared);
        systems.Add(("LAC-small alone", Score("LAC-small alone", gold, heldOut.ConvertAll(s => LacTags(lac, s.Text)))));
        return systems;
    }

    public static IReadOnlyList<(string System, TaggerScores Scores)> English(IEntityExtractor engine, string dataDir)
    {
        var heldOut = LatinTaggerTraining.ReadHeldOut(dataDir);
        var texts = heldOut.ConvertAll(s => string.Join(' ', s.Words));
        var gold = heldOut.Select((s, i) => WordTagsToCharacters(s.Words, s.Tags, texts[i].Length)).ToList();
        var systems = new List<(string, TaggerScores)>
        {
            ("engine", Score("WikiANN-en dev + WNUT17 dev, whole engine", gold, texts.ConvertAll(t => EngineTags(engine, t)))),
        };
        if (LatinTagger.Default is { } tagger)
        {
            systems.Add(("English tagger alone", Score("English tagger alone", gold,
                heldOut.Select((s, i) => WordTagsToCharacters(s.Words, tagger.TagWords(s.Words, sentenceInitial: true), texts[i].Length)).ToList())));
        }

        return systems;
    }

    /// <summary>One row per type: each system's F1 beside the engine's precision, recall and F1.</summary>
    public static string Format(string title, IReadOnlyList<(string System, TaggerScores Scores)> systems)
    {
        var text = new System.Text.StringBuilder();
        var (_, engine) = systems[0];
        text.AppendLine($"{title}: entity-level exact match, {engine.Overall.TruePositives + engine.Overall.FalseNegatives} gold names");
        text.Append("  type       engine P  engine R  engine F1");
        foreach (var (system, _) in systems.Skip(1))
        {
            text.Append($"  {system + " F1",-24}");
        }

        text.AppendLine();
        for (var row = 0; row <= engine.PerType.Count; row++)
        {
            var score = row < engine.PerType.Count ? engine.PerType[row] : engine.Overall;
            text.Append(System.FormattableString.Invariant($"  {score.Type,-9} {score.Precision,8:F3}  {score.Recall,8:F3}  {score.F1,9:F3}"));
            foreach (var (_, peer) in systems.Skip(1))
            {
                var peerScore = row < peer.PerType.Count ? peer.PerType[row] : peer.Overall;
                text.Append(System.FormattableString.Invariant($"  {peerScore.F1,-24:F3}"));
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static TaggerScores Score(string split, List<int[]> gold, List<int[]> predicted) =>
        TaggerScores.Score(split, gold.Zip(predicted));

    /// <summary>The engine's mentions as character BIO tags; overlapping mentions keep the first (they do not occur).</summary>
    private static int[] EngineTags(IEntityExtractor engine, string text)
    {
        var tags = new int[text.Length];
        foreach (var mention in engine.Extract(text).Mentions.OrderBy(m => m.Start))
        {
            if (mention.Type is not (EntityType.Person or EntityType.Organization or EntityType.Location or EntityType.Product or EntityType.Work)
                || tags.AsSpan(mention.Start, mention.End - mention.Start).ContainsAnyExcept(BioTags.Outside))
            {
                continue;
            }

            Fill(tags, mention.Start, mention.End, BioTags.IndexOf(mention.Type));
        }

        return tags;
    }

    private static int[] LacTags(LacTagger lac, string text)
    {
        var tags = new int[text.Length];
        foreach (var span in lac.TagText(text))
        {
            EntityType? type = span.Label switch
            {
                LacLabels.Person or LacLabels.PersonNoun => EntityType.Person,
                LacLabels.Organization or LacLabels.OrganizationNoun => EntityType.Organization,
                LacLabels.Location or LacLabels.PlaceNoun => EntityType.Location,
                LacLabels.WorkTitle => EntityType.Work,
                _ => null,
            };
            if (type is { } named)
            {
                Fill(tags, span.Start, span.End, BioTags.IndexOf(named));
            }
        }

        return WithoutTitleMarks(text, tags);
    }

    /// <summary>Each name loses the title and quotation marks at its edges (《红楼梦》, 红楼梦》, “老中家具公司”).</summary>
    private static int[] WithoutTitleMarks(string text, int[] tags)
    {
        var result = (int[])tags.Clone();
        foreach (var (start, end, type) in BioTags.Spans(tags))
        {
            var (first, last) = (start, end);
            while (first < last && EdgeMarks.Contains(text[first]))
            {
                first++;
            }
            while (last > first && EdgeMarks.Contains(text[last - 1]))
            {
                last--;
            }
            if ((first, last) != (start, end))
            {
                result.AsSpan(start, end - start).Clear();
                if (last > first)
                {
                    Fill(result, first, last, type);
                }
            }
        }

        return result;
    }

    private const string EdgeMarks = "《》〈〉“”‘’\"'";

    /// <summary>Word tags onto the characters of the words joined by single spaces; spaces inside a name are inside it.</summary>
    private static int[] WordTagsToCharacters(string[] words, int[] wordTags, int length)
    {
        var tags = new int[length];
        var starts = new int[words.Length + 1];
        for (var i = 0; i < words.Length; i++)
        {
            starts[i + 1] = starts[i] + words[i].Length + 1;
        }

        foreach (var (start, end, type) in BioTags.Spans(wordTags))
        {
            Fill(tags, starts[start], starts[end] - 1, type);
        }

        return tags;
    }

    private static void Fill(int[] tags, int start, int end, int typeIndex)
    {
        tags[start] = BioTags.Begin(typeIndex);
        tags.AsSpan(start + 1, end - start - 1).Fill(BioTags.Inside(typeIndex));
    }
}
