using Grpc.Core;
using Platform.Documents.V1;
using Platform.Query.V1;

namespace Platform.LoadHarness.Reads;

/// <summary>
/// The names, entity ids, search prefixes and document ids the read load picks from: every knowledge-base name the
/// loaded corpus made an entity of, as a user would type or follow them.
/// </summary>
internal sealed record ReadKeys(IReadOnlyList<string> Names, IReadOnlyList<string> EntityIds, IReadOnlyList<string> SearchQueries,
    IReadOnlyList<string> DocumentIds)
{
    public static async Task<ReadKeys> CollectAsync(CallInvoker query, CallInvoker documents, IEnumerable<string> candidateNames, int maxDocuments)
    {
        var client = new QueryService.QueryServiceClient(query);
        var names = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in candidateNames)
        {
            try
            {
                ids.Add((await client.GetEntityAsync(new GetEntityRequest { Name = name })).Entity.EntityId);
                names.Add(name);
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
            {
                // A name the engine did not make an entity of (or merged under another name): not a key.
            }
        }

        // What a person types on the way to a name: its first two, three and five characters, and all of it.
        var queries = names.SelectMany(n => new[] { 2, 3, 5, n.Length }.Where(k => k <= n.Length).Select(k => n[..k]))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        var documentIds = new List<string>();
        var documentClient = new DocumentService.DocumentServiceClient(documents);
        var token = "";
        do
        {
            var page = await documentClient.ListDocumentsAsync(new ListDocumentsRequest { PageSize = 100, PageToken = token });
            documentIds.AddRange(page.Documents.Select(d => d.DocumentId));
            token = page.NextPageToken;
        }
        while (token.Length > 0 && documentIds.Count < maxDocuments);

        return new ReadKeys(names, ids.Order(StringComparer.Ordinal).ToList(), queries, documentIds);
    }

    public string AnyName(Random random) => Names[random.Next(Names.Count)];
    public string AnyEntityId(Random random) => EntityIds[random.Next(EntityIds.Count)];
    public string AnySearchQuery(Random random) => SearchQueries[random.Next(SearchQueries.Count)];
    public string AnyDocumentId(Random random) => DocumentIds[random.Next(DocumentIds.Count)];
}
