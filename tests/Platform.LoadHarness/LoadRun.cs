using System.CommandLine;
using Grpc.Net.Client;
using Platform.LoadHarness.Ceilings;
using Platform.LoadHarness.Corpus;
using Platform.LoadHarness.Reads;
using Platform.LoadHarness.Report;
using Platform.LoadHarness.Stack;
using Platform.LoadHarness.Writes;

namespace Platform.LoadHarness;

/// <summary>One invocation: the stack up (or targeted), then per run: ingest, probe write latency, drive the reads, read memory.</summary>
internal sealed class LoadRun(LoadOptions options, ParseResult parsed)
{
    private const int ProbeBytes = 20 * 1024;
    // Keys written into pgbench's scripts, one script each; pgbench picks one at random per transaction.
    private const int PgbenchKeys = 16;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        LaunchedStack? launched = null;
        var target = TargetFromOptions();
        if (target is null)
        {
            launched = await LaunchedStack.StartAsync(Console.Out, cancellationToken);
            target = launched.Target;
        }
        try
        {
            await RunAllAsync(target, cancellationToken);
            if (launched is not null && parsed.GetValue(options.Hold))
            {
                Console.WriteLine($"The stack keeps running until Ctrl+C. Target it again with: --documents-address {target.DocumentsAddress} " +
                    $"--query-address {target.QueryAddress} --connection-string \"{target.ConnectionString}\"");
                await Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
            return 0;
        }
        finally
        {
            if (launched is not null)
            {
                await launched.DisposeAsync();
            }
        }
    }

    private async Task RunAllAsync(StackTarget target, CancellationToken cancellationToken)
    {
        var connections = parsed.GetValue(options.Connections);
        var apiKey = parsed.GetValue(options.ApiKey);
        using var documentChannels = new ChannelSet(target.DocumentsAddress, connections, apiKey);
        using var queryChannels = new ChannelSet(target.QueryAddress, connections, apiKey);
        var writesOnly = parsed.GetValue(options.WritesOnly);
        var processes = new[] { ("extraction", "Platform.Extraction"), ("documents", "Platform.Documents"), ("query", "Platform.Query") }
            .Select(p => (Service: p.Item1, Process: ServiceProcess.Find(p.Item1, p.Item2))).ToList();
        Console.WriteLine($"Service processes: {string.Join(", ", processes.Select(p => $"{p.Service} {p.Process?.Pid.ToString() ?? "not on this machine"}"))}");

        var names = CorpusNames.FromKnowledgeBase();
        var corpus = new GeneratedCorpus(names, parsed.GetValue(options.Seed));
        var count = parsed.GetValue(options.Documents);
        var engineRate = EngineRate.CharactersPerCpuSecond(corpus.Documents(300, firstNumber: int.MaxValue / 2).ToList());

        for (var run = 1; run <= parsed.GetValue(options.Runs); run++)
        {
            Console.WriteLine($"Run {run}: ingesting {count:N0} generated documents…");
            var documents = corpus.Documents(count, firstNumber: (run - 1) * count).ToList();
            var local = processes.Where(p => p.Process is not null).Select(p => p.Process!).ToList();
            var ingestion = await new SustainedIngestion(documentChannels.Invoker, target.ConnectionString, local).RunAsync(documents, cancellationToken);
            var probes = Enumerable.Range(0, writesOnly ? 0 : parsed.GetValue(options.Probes)).Select(i => corpus.DocumentOfSize(1_000_000_000 + run * 1000 + i, ProbeBytes));
            var queryable = await new QueryableLatency(documentChannels.Invoker, queryChannels.Invoker).MeasureAsync(probes, cancellationToken);
            RunReport.Writes(ingestion, engineRate, queryable);
            var counts = await CountsCheck.RunAsync(target.ConnectionString);
            Console.WriteLine($"Entity counts: {counts.WrongEntities} of {counts.Entities:N0} entities differ from a recount of their mentions.");
            Console.WriteLine($"Relation groups: {counts.WrongGroups} rows of {counts.Groups:N0} differ from a recount of the relations.");

            if (writesOnly)
            {
                continue;
            }
            var keys = await ReadKeys.CollectAsync(queryChannels.Invoker, documentChannels.Invoker, names.All, maxDocuments: 2_000);
            Console.WriteLine($"Read keys: {keys.Names.Count} names of {keys.EntityIds.Count} entities, {keys.SearchQueries.Count} search queries, {keys.DocumentIds.Count} documents.");
            RunReport.Reads(await DriveReadsAsync(keys, documentChannels, queryChannels, target.ConnectionString));
            RunReport.Memory(run, processes.Select(p => (p.Service, p.Process is { } process ? (long?)process.WorkingSetBytes() : null)).ToList());
        }
    }

    private async Task<List<(LoadResult, LoadResult, double?)>> DriveReadsAsync(ReadKeys keys, ChannelSet documentChannels, ChannelSet queryChannels, string connectionString)
    {
        var seconds = parsed.GetValue(options.Seconds);
        var pgbench = new PgbenchCeiling(connectionString, parsed.GetValue(options.PgbenchClients), TimeSpan.FromSeconds(seconds));
        var rows = new List<(LoadResult, LoadResult, double?)>();
        foreach (var inFlight in parsed.GetValue(options.InFlight)!)
        {
            var health = new Dictionary<string, LoadResult>();
            foreach (var scenario in ReadScenarios.All(keys))
            {
                var channels = scenario.Service == "query" ? queryChannels : documentChannels;
                var driver = new ClosedLoopDriver(channels.Channels, TimeSpan.FromSeconds(seconds / 5), TimeSpan.FromSeconds(seconds));
                if (!health.TryGetValue(scenario.Service, out var ceiling))
                {
                    var check = ReadScenarios.HealthCheck(scenario.Service);
                    ceiling = health[scenario.Service] = await driver.RunAsync(check.Name, inFlight, check.Call);
                }
                Console.WriteLine($"  {scenario.Name} at {inFlight} in flight…");
                var read = await driver.RunAsync(scenario.Name, inFlight, scenario.Call);
                var tps = scenario.Statement is { } statement
                    ? await pgbench.RunAsync(scenario.Name, Enumerable.Range(0, PgbenchKeys).Select(i => statement(new Random(i))).ToList())
                    : null;
                rows.Add((read, ceiling, tps));
            }
        }
        return rows;
    }

    private StackTarget? TargetFromOptions()
    {
        var documents = parsed.GetValue(options.DocumentsAddress);
        var query = parsed.GetValue(options.QueryAddress);
        var connectionString = parsed.GetValue(options.ConnectionString);
        if (documents is null && query is null && connectionString is null)
        {
            return null;
        }
        if (documents is null || query is null || connectionString is null)
        {
            throw new ArgumentException("To target a running stack give all three: --documents-address, --query-address and --connection-string.");
        }
        return new StackTarget(new Uri(documents), new Uri(query), connectionString);
    }

    /// <summary>A few channels of one connection each to one service, as h2load's connections.</summary>
    private sealed class ChannelSet : IDisposable
    {
        public ChannelSet(Uri address, int count, string? apiKey)
        {
            Channels = Enumerable.Range(0, count).Select(_ => GrpcChannel.ForAddress(address, new GrpcChannelOptions
            {
                HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = false },
                MaxReceiveMessageSize = 8 * 1024 * 1024,
                Credentials = apiKey is null ? null : Grpc.Core.ChannelCredentials.Create(Grpc.Core.ChannelCredentials.Insecure,
                    Grpc.Core.CallCredentials.FromInterceptor((_, metadata) =>
                    {
                        metadata.Add("authorization", $"Bearer {apiKey}");
                        return Task.CompletedTask;
                    })),
                UnsafeUseInsecureChannelCallCredentials = apiKey is not null,
            })).ToList();
        }

        public IReadOnlyList<GrpcChannel> Channels { get; }

        public Grpc.Core.CallInvoker Invoker => Channels[0].CreateCallInvoker();

        public void Dispose()
        {
            foreach (var channel in Channels)
            {
                channel.Dispose();
            }
        }
    }
}
