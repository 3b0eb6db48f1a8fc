using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Documents.V1;
using Platform.Extraction.V1;
using Platform.Query.V1;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Platform.AppHost.Tests.Infrastructure;

/// <summary>
/// The AppHost, started once for every test of the <see cref="PlatformAppCollection"/>: PostgreSQL (container or
/// executable, whichever the AppHost picks on this machine) with nothing kept (<c>Platform:EphemeralData=true</c>),
/// the migrations run to completion, the three services healthy and the sample documents ingested. Aspire.Hosting.Testing
/// randomizes the proxied ports (<c>DcpPublisher:RandomizePorts</c>), so a developer's stack on 7101–7103 is left alone.
/// </summary>
public sealed class PlatformAppFixture(IMessageSink diagnostics) : IAsyncLifetime, IPlatformStack
{
    public static readonly string[] Services = ["extraction", "documents", "query"];
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _logs = new();
    private readonly CancellationTokenSource _stopWatching = new();
    private readonly List<GrpcChannel> _channels = [];
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The AppHost has not started.");

    /// <summary>Where every resource's output of this run is written when the fixture stops.</summary>
    public string LogFile { get; } = Path.Combine(Path.GetTempPath(), $"platform-apphost-tests-{Environment.ProcessId}.log");

    public TimeSpan StartupTime { get; private set; }

    public Uri DocumentsAddress => GrpcAddress("documents");

    public Uri ExtractionAddress => GrpcAddress("extraction");

    public Uri QueryAddress => GrpcAddress("query");

    /// <summary>None: the AppHost's services listen on loopback, where keys are not required.</summary>
    public string? ApiKey => null;

    public DocumentService.DocumentServiceClient Documents { get; private set; } = null!;

    public ExtractionService.ExtractionServiceClient Extraction { get; private set; } = null!;

    public QueryService.QueryServiceClient Query { get; private set; } = null!;

    public Uri GrpcAddress(string service) => App.GetEndpoint(service, "grpc");

    /// <summary>The front door: the explorer at / and the JSON API under /v1/.</summary>
    public Uri FrontDoorAddress => App.GetEndpoint("frontdoor", "http");

    public GrpcChannel Channel(string service)
    {
        var channel = GrpcChannel.ForAddress(GrpcAddress(service));
        lock (_channels)
        {
            _channels.Add(channel);
        }

        return channel;
    }

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(StartupTimeout);
        var step = "creating the AppHost";
        try
        {
            var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Platform_AppHost>(
                ["--Platform:EphemeralData=true"], timeout.Token);
            // Resource output goes to LogFile and into failure messages, not to the test console.
            builder.Services.AddLogging(logging => logging
                .AddFilter($"{builder.Environment.ApplicationName}.Resources", LogLevel.Warning)
                .AddFilter("Aspire.Hosting", LogLevel.Warning)
                // Health checks fail until PostgreSQL accepts connections; a resource that never gets healthy fails the fixture.
                .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.Critical));
            _app = await builder.BuildAsync(timeout.Token);
            WatchLogs(_app);

            step = "starting the AppHost";
            await _app.StartAsync(timeout.Token);

            step = "waiting for postgres to accept connections";
            await WaitHealthyAsync("postgres", timeout.Token);
            step = "waiting for migrations to run to completion";
            await WaitFinishedWithExitCodeZeroAsync("migrations", timeout.Token);
            foreach (var service in Services)
            {
                step = $"waiting for {service} to be healthy (/health on its http endpoint)";
                await WaitHealthyAsync(service, timeout.Token);
            }
            step = "waiting for the front door to be healthy";
            await WaitHealthyAsync("frontdoor", timeout.Token);

            step = "waiting for samples (the CLI ingesting SampleDocuments) to finish";
            await WaitFinishedWithExitCodeZeroAsync("samples", timeout.Token);
        }
        catch (Exception ex)
        {
            var reason = timeout.IsCancellationRequested ? $"did not happen within {StartupTimeout}" : $"failed: {ex.Message}";
            var message = new StringBuilder($"The AppHost did not come up: {step} {reason}.\n");
            message.Append(DescribeStates()).Append(LogTails(40));
            await DisposeAsync();
            message.Append($"Every resource's output: {LogFile}");
            throw new InvalidOperationException(message.ToString(), ex);
        }

        StartupTime = clock.Elapsed;
        diagnostics.OnMessage(new DiagnosticMessage($"The AppHost was up, samples ingested, in {StartupTime.TotalSeconds:F1} s; resource output: {LogFile}"));
        Documents = new DocumentService.DocumentServiceClient(Channel("documents"));
        Extraction = new ExtractionService.ExtractionServiceClient(Channel("extraction"));
        Query = new QueryService.QueryServiceClient(Channel("query"));
    }

    public async Task DisposeAsync()
    {
        lock (_channels)
        {
            _channels.ForEach(c => c.Dispose());
            _channels.Clear();
        }

        if (_app is not null)
        {
            try
            {
                using var stopTimeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
                await _app.StopAsync(stopTimeout.Token);
            }
            finally
            {
                await _app.DisposeAsync();
                _app = null;
            }
        }

        await _stopWatching.CancelAsync();
        WriteLogFile();
    }

    /// <summary>The last <paramref name="lines"/> lines each resource wrote, for assertion messages.</summary>
    public string LogTails(int lines)
    {
        var text = new StringBuilder();
        foreach (var (resource, log) in _logs.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var tail = log.ToArray().TakeLast(lines).ToList();
            if (tail.Count > 0)
            {
                text.Append($"--- {resource} (last {tail.Count} lines)\n").AppendJoin('\n', tail).Append('\n');
            }
        }

        return text.ToString();
    }

    private async Task WaitHealthyAsync(string resource, CancellationToken cancellationToken) =>
        await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, WaitBehavior.StopOnResourceUnavailable, cancellationToken);

    private async Task WaitFinishedWithExitCodeZeroAsync(string resource, CancellationToken cancellationToken)
    {
        var finished = await App.ResourceNotifications.WaitForResourceAsync(
            resource, e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), cancellationToken);
        if (finished.Snapshot.ExitCode != 0)
        {
            throw new InvalidOperationException($"{resource} ended {finished.Snapshot.State?.Text} with exit code {finished.Snapshot.ExitCode?.ToString() ?? "(none)"}");
        }
    }

    private string DescribeStates()
    {
        if (_app is null)
        {
            return "";
        }

        var text = new StringBuilder("Resource states:\n");
        foreach (var resource in App.Services.GetRequiredService<DistributedApplicationModel>().Resources)
        {
            if (App.ResourceNotifications.TryGetCurrentState(resource.Name, out var e))
            {
                text.Append($"  {resource.Name}: {e.Snapshot.State?.Text ?? "?"}, health {e.Snapshot.HealthStatus?.ToString() ?? "-"}, exit code {e.Snapshot.ExitCode?.ToString() ?? "-"}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Collects every resource's output from the start. Logs are kept per running instance (DCP names them
    /// <c>migrations-abc123</c>), so each instance is watched as soon as a notification names it.
    /// </summary>
    private void WatchLogs(DistributedApplication app)
    {
        var loggers = app.Services.GetRequiredService<ResourceLoggerService>();
        var watched = new ConcurrentDictionary<string, bool>();
        _ = Task.Run(async () =>
        {
            try
            {
                await foreach (var e in app.ResourceNotifications.WatchAsync(_stopWatching.Token))
                {
                    if (watched.TryAdd(e.ResourceId, true))
                    {
                        var log = _logs.GetOrAdd(e.Resource.Name, _ => new ConcurrentQueue<string>());
                        _ = Task.Run(() => CollectAsync(loggers, e.ResourceId, log));
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
    }

    private async Task CollectAsync(ResourceLoggerService loggers, string resourceId, ConcurrentQueue<string> log)
    {
        try
        {
            await foreach (var batch in loggers.WatchAsync(resourceId).WithCancellation(_stopWatching.Token))
            {
                foreach (var line in batch)
                {
                    log.Enqueue(line.Content);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void WriteLogFile()
    {
        try
        {
            File.WriteAllText(LogFile, $"AppHost up in {StartupTime.TotalSeconds:F1} s\n{LogTails(int.MaxValue)}");
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformAppCollection : ICollectionFixture<PlatformAppFixture>
{
    public const string Name = "Platform AppHost";
}
