using Platform.Extraction.Engine.KnowledgeBase;

namespace Platform.Extraction.Engine;

/// <summary>Builds the engine the services use.</summary>
public static class ExtractionEngine
{
    private static readonly Lazy<IEntityExtractor> LazyDefault = new(() => new KnowledgeBaseExtractor());

    /// <summary>The default extractor, built once (loading its data) and shared; thread-safe.</summary>
    public static IEntityExtractor CreateDefault() => LazyDefault.Value;
}
