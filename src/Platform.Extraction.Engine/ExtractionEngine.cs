using Platform.Extraction.Engine.Chinese;
using Platform.Extraction.Engine.KnowledgeBase;
using Platform.Extraction.Engine.Latin;
using Platform.Extraction.Engine.Pipeline;
using Platform.Extraction.Engine.Pipeline.Candidates;
using Platform.Extraction.Engine.Pipeline.Linking;
using Platform.Extraction.Engine.Pipeline.Relations.Learned;

namespace Platform.Extraction.Engine;

/// <summary>Builds the engine the services use.</summary>
public static class ExtractionEngine
{
    private static readonly Lazy<IEntityExtractor> LazyDefault = new(Create);

    /// <summary>
    /// The full engine, built once and shared; thread-safe. Loads the curated KB, CC-CEDICT, the English tagger
    /// and LAC-small (from Debian's python3-jieba, or <c>PLATFORM_LAC_DIR</c>); fails with a message naming
    /// the package when LAC-small is not installed.
    /// </summary>
    public static IEntityExtractor CreateDefault() => LazyDefault.Value;

    private static EntityExtractor Create() =>
        Create(RelationClassifierModel.Default is { } relations
            ? new RelationClassifier(relations, id => KnowledgeBaseMatcher.Default.KnowledgeBase.Find(id) is not null)
            : null);

    /// <summary>The full engine with <paramref name="relationClassifier"/> reading the relations the cue patterns miss.</summary>
    internal static EntityExtractor Create(RelationClassifier? relationClassifier)
    {
        var lac = LacModel.Shared;
        var lexicon = ChineseEnglishLexicon.Default;
        return new EntityExtractor(
            KnowledgeBaseMatcher.Default,
            new LacTagger(lac),
            LatinEntityRecognizer.Default,
            ChineseEntityTagger.Default,
            ChineseCommonWords.Load(Path.GetDirectoryName(Path.GetFullPath(lac.Directory).TrimEnd('/'))!, chinese => lexicon.Lookup(chinese).Count > 0),
            chinese => lexicon.Lookup(chinese).Select(entry => entry.EnglishName).ToList(),
            PhoneticKey.Shared,
            relationClassifier);
    }
}
