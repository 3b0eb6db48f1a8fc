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
        var found = new List<(string Name, Entity Entity)>();
        foreach (var name in candidateNames)
        {
            try
            {
                found.Add((name, (await client.GetEntityAsync(new GetEntityRequest { Name = name })).Entity));
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
            {
                // A name the engine did not make an entity of (or merged under another name): not a key.
            }
        }
        // Most mentioned first: the skewed picks below ask about them most.
        found = [.. found.OrderByDescending(f => f.Entity.MentionCount).ThenBy(f => f.Name, StringComparer.Ordinal)];
        var names = found.Select(f => f.Name).ToList();
        var ids = found.Select(f => f.Entity.EntityId).Distinct(StringComparer.Ordinal).ToList();

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

        return new ReadKeys(names, ids, queries, documentIds);
    }

    public string AnyName(Random random) => Skewed(Names, random);
    public string AnyEntityId(Random random) => Skewed(EntityIds, random);
    public string AnySearchQuery(Random random) => Skewed(SearchQueries, random);
    public string AnyDocumentId(Random random) => DocumentIds[random.Next(DocumentIds.Count)];

    // Some entities are asked about far more than others, as they are written about (GeneratedCorpus skews the
    // same way); every key is still asked for.
    private static string Skewed(IReadOnlyList<string> keys, Random random)
    {
        var u = random.NextDouble();
        return keys[(int)(u * u * keys.Count)];
    }
}
