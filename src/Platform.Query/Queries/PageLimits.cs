namespace Platform.Query.Queries;

/// <summary>Page sizes as documented in query.proto: 0 picks the default, larger values are capped.</summary>
internal static class PageLimits
{
    public const int DefaultSearchPageSize = 20;
    public const int MaxSearchPageSize = 100;
    public const int DefaultMentionPageSize = 50;
    public const int MaxMentionPageSize = 500;
    public const int DefaultRelatedLimit = 20;
    public const int MaxRelatedLimit = 100;
    public const int DefaultNeighbourhoodLimit = 8;
    public const int MaxNeighbourhoodLimit = 50;
    public const int SuggestionCount = 3;
    public const int EvidencePerRelation = 3;
}
