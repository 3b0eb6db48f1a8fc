using Platform.Documents;
using Platform.Documents.V1;
using Platform.Extraction;
using Platform.Extraction.V1;

namespace Platform.Services.Tests.Infrastructure;

/// <summary>
/// A fresh database with the extraction and document services running on it in process, the document
/// service's dispatcher set to poll and back off quickly. Use as an <c>IClassFixture</c> (one per test class),
/// or create one inside a test with <see cref="StartAsync"/> for a private database.
/// </summary>
public sealed class DocumentsStack : IAsyncLifetime
{
    /// <summary>Dispatcher settings that keep tests fast: short polls, short backoff.</summary>
    public static readonly string[] FastDispatcher =
    [
        "--ExtractionDispatcher:PollInterval=00:00:00.200",
        "--ExtractionDispatcher:InitialBackoff=00:00:00.100",
        "--ExtractionDispatcher:MaxBackoff=00:00:00.500",
        "--ExtractionDispatcher:ProbeInterval=00:00:00.500",
    ];

    public TestDatabase Database { get; private set; } = null!;

    public ServiceHost ExtractionHost { get; private set; } = null!;

    public ServiceHost DocumentsHost { get; private set; } = null!;

    public DocumentService.DocumentServiceClient Documents { get; private set; } = null!;

    public ExtractionService.ExtractionServiceClient Extraction { get; private set; } = null!;

    public static async Task<DocumentsStack> StartAsync()
    {
        var stack = new DocumentsStack();
        await stack.InitializeAsync();
        return stack;
    }

    /// <summary>
    /// Starts the document service on <paramref name="database"/> calling extraction at <paramref name="extractionAddress"/>,
    /// and waits until it reports SERVING.
    /// </summary>
    public static async Task<ServiceHost> StartDocumentsAsync(TestDatabase database, string extractionAddress, params string[] settings)
    {
        var host = await ServiceHost.StartAsync(DocumentsApp.Build,
            [database.ConnectionSetting, $"--services:extraction:grpc:0={extractionAddress}", .. FastDispatcher, .. settings]);
        await host.WaitUntilServingAsync();
        return host;
    }

    public static Task<ServiceHost> StartExtractionAsync(TestDatabase database, string? address = null) =>
        address is null
            ? ServiceHost.StartAsync(ExtractionApp.Build, database.ConnectionSetting)
            : ServiceHost.StartOnAsync(ExtractionApp.Build, address, database.ConnectionSetting);

    /// <summary>Ingests the content, waits for its extraction and fails the test unless it succeeded; the document id.</summary>
    public async Task<string> IngestAndExtractAsync(string content)
    {
        var response = await Documents.IngestDocumentAsync(new IngestDocumentRequest { Content = content });
        var document = await DocumentStatus.WaitForTerminalAsync(Documents, response.DocumentId);
        Assert.Equal(ExtractionStatus.Succeeded, document.ExtractionStatus);
        return response.DocumentId;
    }

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(migrate: true);
        ExtractionHost = await StartExtractionAsync(Database);
        DocumentsHost = await StartDocumentsAsync(Database, ExtractionHost.Address.ToString());
        Documents = new DocumentService.DocumentServiceClient(DocumentsHost.Channel);
        Extraction = new ExtractionService.ExtractionServiceClient(ExtractionHost.Channel);
    }

    public async Task DisposeAsync()
    {
        if (DocumentsHost is not null)
        {
            await DocumentsHost.DisposeAsync();
        }
        if (ExtractionHost is not null)
        {
            await ExtractionHost.DisposeAsync();
        }
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }
}
