using Platform.Storage;
using Platform.Storage.Entities;

namespace Platform.Services.Tests.Query;

/// <summary>
/// A small knowledge graph written straight through the DbContext, shaped like the extraction service's output:
/// bilingual aliases, two documents, mentions, document entities and stated plus co-occurrence relations.
/// Counts on entities match the mentions, and relation groups the relations, as the writers keep them.
/// </summary>
internal static class QuerySeedData
{
    public static readonly Guid ReportId = Guid.Parse("00000000-0000-4000-8000-000000000001");
    public static readonly Guid NewsId = Guid.Parse("00000000-0000-4000-8000-000000000002");
    public static readonly Guid CatalogueId = Guid.Parse("00000000-0000-4000-8000-000000000003");
    public static readonly DateTimeOffset ReportPublishedAt = new(2024, 11, 3, 1, 15, 0, TimeSpan.Zero);

    public static class Ids
    {
        public const string Microsoft = "q:microsoft";
        public const string MicrosoftAi = "q:microsoft-ai";
        public const string MicroFocus = "q:micro-focus";
        public const string Satya = "q:satya-nadella";
        public const string Mustafa = "q:mustafa-suleyman";
        public const string OpenAi = "q:openai";
        public const string SoftBank = "q:softbank";
        public const string Soft = "q:soft";
        public const string Sofa = "q:sofa";
        public const string AppleInc = "q:apple-inc";
        public const string AppleFruit = "q:apple-fruit";
        public const string Forgotten = "q:forgotten";
    }

    private const string ReportContent = "微软首席执行官萨提亚·纳德拉表示，微软将继续投资OpenAI。Microsoft AI 由穆斯塔法·苏莱曼领导。";
    private const string NewsContent = "Satya Nadella, CEO of Microsoft, met OpenAI. Microsoft and SoftBank also talked.";
    private const string CatalogueContent = "Micro Focus sells Soft. The Sofa, the Sofa and the Sofa. Apple Inc. makes phones; Apple is big. An apple a day.";

    public static async Task WriteAsync(PlatformDbContext db)
    {
        var now = DateTimeOffset.UtcNow;
        db.Documents.AddRange(
            Document(ReportId, "微软年度报告", ReportContent, "zh", now, publishedAt: ReportPublishedAt),
            Document(NewsId, "Nadella meets OpenAI", NewsContent, "en", now.AddMinutes(1)),
            Document(CatalogueId, "Catalogue", CatalogueContent, "en", now.AddMinutes(2)));

        db.Entities.AddRange(
            Entity(Ids.Microsoft, "Microsoft", "微软", EntityKind.Organization, 4, 2, now, "Microsoft", "微软", "Microsoft Corporation", "MSFT"),
            Entity(Ids.MicrosoftAi, "Microsoft AI", null, EntityKind.Organization, 1, 1, now, "Microsoft AI"),
            Entity(Ids.MicroFocus, "Micro Focus", null, EntityKind.Organization, 1, 1, now, "Micro Focus"),
            Entity(Ids.Satya, "Satya Nadella", "萨提亚·纳德拉", EntityKind.Person, 2, 2, now, "Satya Nadella", "萨提亚·纳德拉", "Nadella"),
            Entity(Ids.Mustafa, "Mustafa Suleyman", "穆斯塔法·苏莱曼", EntityKind.Person, 1, 1, now, "Mustafa Suleyman", "穆斯塔法·苏莱曼", "Suleyman"),
            Entity(Ids.OpenAi, "OpenAI", null, EntityKind.Organization, 2, 2, now, "OpenAI"),
            Entity(Ids.SoftBank, "SoftBank", "软银", EntityKind.Organization, 1, 1, now, "SoftBank", "软银"),
            Entity(Ids.Soft, "Soft", null, EntityKind.Product, 1, 1, now, "Soft"),
            Entity(Ids.Sofa, "Sofa", null, EntityKind.Product, 3, 1, now, "Sofa"),
            Entity(Ids.AppleInc, "Apple Inc.", "苹果公司", EntityKind.Organization, 2, 1, now, "Apple Inc.", "Apple", "苹果公司"),
            Entity(Ids.AppleFruit, "apple", "苹果", EntityKind.Concept, 1, 1, now, "apple", "苹果"),
            // Its documents were deleted: the row stays with zero counts and must not be found by name.
            Entity(Ids.Forgotten, "Microsoft Forgotten", null, EntityKind.Organization, 0, 0, now, "Microsoft Forgotten"));

        // Report (zh): 微软 x2, 萨提亚·纳德拉, OpenAI, Microsoft AI, 穆斯塔法·苏莱曼.
        db.Mentions.AddRange(
            Mention(ReportId, Ids.Microsoft, ReportContent, "微软", 0),
            Mention(ReportId, Ids.Satya, ReportContent, "萨提亚·纳德拉", 0),
            Mention(ReportId, Ids.Microsoft, ReportContent, "微软", 1),
            Mention(ReportId, Ids.OpenAi, ReportContent, "OpenAI", 0),
            Mention(ReportId, Ids.MicrosoftAi, ReportContent, "Microsoft AI", 0),
            Mention(ReportId, Ids.Mustafa, ReportContent, "穆斯塔法·苏莱曼", 0),
            // News (en): Satya Nadella, Microsoft x2, OpenAI, SoftBank.
            Mention(NewsId, Ids.Satya, NewsContent, "Satya Nadella", 0),
            Mention(NewsId, Ids.Microsoft, NewsContent, "Microsoft", 0),
            Mention(NewsId, Ids.OpenAi, NewsContent, "OpenAI", 0),
            Mention(NewsId, Ids.Microsoft, NewsContent, "Microsoft", 1),
            Mention(NewsId, Ids.SoftBank, NewsContent, "SoftBank", 0),
            // Catalogue (en): names that exercise search ranking and ties.
            Mention(CatalogueId, Ids.MicroFocus, CatalogueContent, "Micro Focus", 0),
            Mention(CatalogueId, Ids.Soft, CatalogueContent, "Soft", 0),
            Mention(CatalogueId, Ids.Sofa, CatalogueContent, "Sofa", 0),
            Mention(CatalogueId, Ids.Sofa, CatalogueContent, "Sofa", 1),
            Mention(CatalogueId, Ids.Sofa, CatalogueContent, "Sofa", 2),
            Mention(CatalogueId, Ids.AppleInc, CatalogueContent, "Apple Inc.", 0),
            Mention(CatalogueId, Ids.AppleInc, CatalogueContent, "Apple", 1),
            Mention(CatalogueId, Ids.AppleFruit, CatalogueContent, "apple", 0));

        db.DocumentEntities.AddRange(
            DocumentEntity(ReportId, Ids.Microsoft, 2, 0.9, "微软"),
            DocumentEntity(ReportId, Ids.Satya, 1, 0.6, "萨提亚·纳德拉"),
            DocumentEntity(ReportId, Ids.OpenAi, 1, 0.4, "OpenAI"),
            DocumentEntity(ReportId, Ids.MicrosoftAi, 1, 0.4, "Microsoft AI"),
            DocumentEntity(ReportId, Ids.Mustafa, 1, 0.3, "穆斯塔法·苏莱曼"),
            DocumentEntity(NewsId, Ids.Microsoft, 2, 0.8, "Microsoft"),
            DocumentEntity(NewsId, Ids.Satya, 1, 0.7, "Satya Nadella"));

        Relation[] relations =
        [
            Relation(ReportId, Ids.Satya, "ceo_of", Ids.Microsoft, "微软首席执行官萨提亚·纳德拉表示", 0.9),
            Relation(NewsId, Ids.Satya, "ceo_of", Ids.Microsoft, "Satya Nadella, CEO of Microsoft, met OpenAI.", 0.95),
            Relation(ReportId, Ids.Microsoft, "invested_in", Ids.OpenAi, "微软将继续投资OpenAI", 0.8),
            Relation(ReportId, Ids.Mustafa, "ceo_of", Ids.MicrosoftAi, "Microsoft AI 由穆斯塔法·苏莱曼领导", 0.8),
            // Co-occurrence stored in both orders across documents: one undirected group.
            Relation(ReportId, Ids.Microsoft, "co_occurrence", Ids.OpenAi, "微软将继续投资OpenAI", 0.5),
            Relation(NewsId, Ids.OpenAi, "co_occurrence", Ids.Microsoft, "Satya Nadella, CEO of Microsoft, met OpenAI.", 0.5),
            Relation(NewsId, Ids.Microsoft, "co_occurrence", Ids.SoftBank, "Microsoft and SoftBank also talked.", 0.5),
            Relation(NewsId, Ids.Microsoft, "co_occurrence", Ids.Satya, "Satya Nadella, CEO of Microsoft, met OpenAI.", 0.5),
            Relation(ReportId, Ids.Satya, "co_occurrence", Ids.Microsoft, "微软首席执行官萨提亚·纳德拉表示", 0.5),
            Relation(ReportId, Ids.Microsoft, "co_occurrence", Ids.Satya, "微软首席执行官萨提亚·纳德拉表示，微软将继续投资OpenAI。", 0.4),
            Relation(NewsId, Ids.Satya, "co_occurrence", Ids.Microsoft, "Microsoft and SoftBank also talked.", 0.3),
        ];
        db.Relations.AddRange(relations);

        await db.SaveChangesAsync();
        await RelationGroups.ApplyAsync(db, new Dictionary<RelationGroups.Key, int>(),
            RelationGroups.Count(relations.Select(r => (r.SubjectId, r.Predicate, r.ObjectId, 1))), CancellationToken.None);
    }

    private static Document Document(Guid id, string title, string content, string language, DateTimeOffset createdAt,
        DateTimeOffset? publishedAt = null) => new()
    {
        PublishedAt = publishedAt,
        Id = id,
        SourceUri = $"test://{id}",
        Title = title,
        Content = content,
        Language = language,
        ContentSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(content))),
        SizeChars = content.EnumerateRunes().Count(),
        ExtractionStatus = ExtractionStatus.Succeeded,
        CreatedAt = createdAt,
        UpdatedAt = createdAt,
    };

    private static KnowledgeEntity Entity(string id, string name, string? nameZh, EntityKind type, int mentions, int documents,
        DateTimeOffset now, params string[] aliases) => new()
    {
        Id = id,
        Name = name,
        NameZh = nameZh,
        Type = type,
        MentionCount = mentions,
        DocumentCount = documents,
        CreatedAt = now,
        UpdatedAt = now,
        Aliases = [.. aliases.Select(alias => new EntityAlias { EntityId = id, Alias = alias, NormalizedAlias = NameKey.Normalize(alias) })],
    };

    /// <summary>The <paramref name="occurrence"/>-th occurrence of <paramref name="text"/>, with code point offsets.</summary>
    private static Mention Mention(Guid documentId, string entityId, string content, string text, int occurrence)
    {
        var utf16 = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            utf16 = content.IndexOf(text, utf16 + 1, StringComparison.Ordinal);
        }
        if (utf16 < 0)
        {
            throw new InvalidOperationException($"Seed text \"{text}\" is not in the document.");
        }
        var start = content[..utf16].EnumerateRunes().Count();
        return new Mention
        {
            DocumentId = documentId,
            EntityId = entityId,
            Start = start,
            End = start + text.EnumerateRunes().Count(),
            Text = text,
            Snippet = SentenceAround(content, utf16),
            Confidence = 0.9,
        };
    }

    private static string SentenceAround(string content, int index)
    {
        var enders = new[] { '。', '.', '！', '？' };
        var start = content.LastIndexOfAny(enders, Math.Max(0, index - 1)) + 1;
        var end = content.IndexOfAny(enders, index);
        return content[start..(end < 0 ? content.Length : end + 1)].Trim();
    }

    private static DocumentEntity DocumentEntity(Guid documentId, string entityId, int mentions, double salience, params string[] surfaceForms) => new()
    {
        DocumentId = documentId,
        EntityId = entityId,
        MentionCount = mentions,
        Salience = salience,
        SurfaceForms = [.. surfaceForms],
    };

    private static Relation Relation(Guid documentId, string subject, string predicate, string @object, string evidence, double confidence) => new()
    {
        DocumentId = documentId,
        SubjectId = subject,
        Predicate = predicate,
        ObjectId = @object,
        Evidence = evidence,
        EvidenceStart = 0,
        EvidenceEnd = evidence.EnumerateRunes().Count(),
        Confidence = confidence,
    };
}
