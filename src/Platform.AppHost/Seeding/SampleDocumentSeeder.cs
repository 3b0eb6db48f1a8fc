using System.Reflection;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.AppHost.Hosting;
using Platform.Documents.V1;

namespace Platform.AppHost.Seeding;

/// <summary>
/// Ingests the sample documents embedded from <c>SampleDocuments/</c> (first line = title). The document
/// service deduplicates by content, so running this on every start adds them only once.
/// </summary>
internal static class SampleDocumentSeeder
{
    private const string ResourcePrefix = "Platform.AppHost.SampleDocuments.";

    public static async Task IngestAsync(DistributedApplication app, string documentsResource, CancellationToken cancellationToken)
    {
        using var channel = GrpcChannel.ForAddress(app.GetEndpoint(documentsResource));
        var client = new DocumentService.DocumentServiceClient(channel);
        int created = 0, existing = 0;
        foreach (var (fileName, title, content) in ReadSamples())
        {
            try
            {
                var response = await client.IngestDocumentAsync(
                    new IngestDocumentRequest { Content = content, Title = title, SourceUri = $"sample://{fileName}", MediaType = "text/plain" },
                    cancellationToken: cancellationToken);
                if (response.Created)
                {
                    created++;
                }
                else
                {
                    existing++;
                }
            }
            catch (RpcException ex)
            {
                app.Log.Write(DistributedApplication.AppHostLogName, $"could not ingest sample {fileName}: {ex.Status.StatusCode} {ex.Status.Detail}");
            }
        }

        app.Log.Write(DistributedApplication.AppHostLogName, $"sample documents: {created} ingested, {existing} already present");
    }

    private static IEnumerable<(string FileName, string Title, string Content)> ReadSamples()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var content = reader.ReadToEnd();
            var title = content.Split('\n', 2)[0].Trim();
            yield return (name[ResourcePrefix.Length..], title, content);
        }
    }
}
