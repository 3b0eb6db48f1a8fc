using Grpc.Net.Client;
using Platform.AppHost;
using Platform.AppHost.Hosting;
using Platform.Documents.V1;
using Platform.Extraction.V1;
using Platform.Services.Tests.Infrastructure;
using Platform.Query.V1;

namespace Platform.Services.Tests.EndToEnd;

/// <summary>
/// One running stack shared by the end-to-end and interop tests: the AppHost's own orchestration, in process,
/// with free ports, sample documents included, and a throwaway database from the test run's PostgreSQL
/// (<see cref="TestDatabase"/>) given as <c>ConnectionStrings:platformdb</c>. The AppHost's other PostgreSQL
/// paths are covered by PostgresResolutionTests and AppHostSignalTests.
/// </summary>
public sealed class PlatformStackFixture : IAsyncLifetime
{
    private readonly List<GrpcChannel> _channels = [];
    private TestDatabase? _database;
    private DistributedApplication? _app;

    public StackLog Log { get; } = new(Path.Combine(Path.GetTempPath(), $"platform-stack-{Environment.ProcessId}.log"));

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The stack is not started.");

    public Uri DocumentsAddress => App.GetEndpoint("documents");

    public Uri ExtractionAddress => App.GetEndpoint("extraction");

    public Uri QueryAddress => App.GetEndpoint("query");

    public DocumentService.DocumentServiceClient Documents { get; private set; } = null!;

    public ExtractionService.ExtractionServiceClient Extraction { get; private set; } = null!;

    public QueryService.QueryServiceClient Query { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var ports = FreePorts.Take(3);
        _app = PlatformAppHost.Build(
        [
            $"--Ports:documents={ports[0]}",
            $"--Ports:extraction={ports[1]}",
            $"--Ports:query={ports[2]}",
            _database.ConnectionSetting,
        ], Log);
        try
        {
            await _app.StartAsync();
        }
        catch (Exception ex)
        {
            await _app.StopAsync();
            throw new InvalidOperationException($"The stack did not start: {ex.Message}\n{Log.Tail()}", ex);
        }

        Documents = new DocumentService.DocumentServiceClient(Channel(DocumentsAddress));
        Extraction = new ExtractionService.ExtractionServiceClient(Channel(ExtractionAddress));
        Query = new QueryService.QueryServiceClient(Channel(QueryAddress));
    }

    public async Task DisposeAsync()
    {
        _channels.ForEach(c => c.Dispose());
        if (_app is not null)
        {
            await _app.StopAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Log.Dispose();
    }

    private GrpcChannel Channel(Uri address)
    {
        var channel = GrpcChannel.ForAddress(address);
        _channels.Add(channel);
        return channel;
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformStackCollection : ICollectionFixture<PlatformStackFixture>
{
    public const string Name = "Platform stack";
}
