namespace Platform.Storage;

/// <summary>
/// Every committed write to the tables reads are made of raises one PostgreSQL notification on
/// <see cref="Channel"/> (statement triggers of migration GraphChangeNotifications), whichever service or operator
/// wrote it, so a reader that listens knows when what it has cached may be stale.
/// </summary>
public static class GraphChanges
{
    public const string Channel = "platform_graph_changed";

    /// <summary>Raised by the extraction service, with the document id as payload, when a document's extraction commits.</summary>
    public const string DocumentExtractedChannel = "platform_document_extracted";

    /// <summary>The tables whose rows any read answer is built from.</summary>
    public static readonly string[] Tables = ["documents", "document_entities", "entities", "entity_aliases", "mentions", "relations"];
}
