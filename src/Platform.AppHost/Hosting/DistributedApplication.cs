using System.Runtime.InteropServices;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Platform.AppHost.Hosting.ApplicationModel;
using Platform.AppHost.Hosting.Orchestration;
using Platform.AppHost.Hosting.Postgres;
using Platform.AppHost.Hosting.Publishing;

namespace Platform.AppHost.Hosting;

/// <summary>
/// The declared application: run mode starts PostgreSQL and the projects and stops them on Ctrl+C/SIGTERM;
/// publish mode (<c>--publisher manifest --output-path file</c>) writes the deployment manifest.
/// </summary>
public sealed class DistributedApplication : IAsyncDisposable
{
    public const string AppHostLogName = "apphost";

    private readonly IReadOnlyList<Func<DistributedApplication, CancellationToken, Task>> _readyCallbacks;
    private readonly ResourceOrchestrator _orchestrator;

    internal DistributedApplication(
        DistributedApplicationBuilder builder, IReadOnlyList<IResource> resources,
        IReadOnlyList<Func<DistributedApplication, CancellationToken, Task>> readyCallbacks, TextWriter output)
    {
        Resources = resources;
        Configuration = builder.Configuration;
        ExecutionContext = builder.ExecutionContext;
        Paths = builder.Paths;
        Log = ReferenceEquals(output, Console.Out) ? ResourceLogWriter.ForConsole() : new ResourceLogWriter(output, useColor: false);
        _readyCallbacks = readyCallbacks;
        _orchestrator = new ResourceOrchestrator(resources, Configuration, Paths, Log);
    }

    public IReadOnlyList<IResource> Resources { get; }

    public IConfiguration Configuration { get; }

    public DistributedApplicationExecutionContext ExecutionContext { get; }

    public AppHostPaths Paths { get; }

    public ResourceLogWriter Log { get; }

    /// <summary>Process ids of the running project resources (each the root of its process tree).</summary>
    public IReadOnlyList<int> ProcessIds => _orchestrator.ProcessIds;

    public static DistributedApplicationBuilder CreateBuilder(string[] args) => new(new DistributedApplicationOptions { Args = args });

    public static DistributedApplicationBuilder CreateBuilder(DistributedApplicationOptions options) => new(options);

    /// <summary>The run-mode address of a project's endpoint, e.g. <c>http://127.0.0.1:7101</c>.</summary>
    public Uri GetEndpoint(string resourceName, string endpointName = "grpc") =>
        new(Resources.OfType<ProjectResource>().Single(r => r.Name == resourceName).GetEndpoint(endpointName).RunUrl);

    public string GetConnectionString(string resourceName) =>
        Resources.OfType<IResourceWithConnectionString>().Single(r => r.Name == resourceName).ConnectionStringExpression.Resolve();

    public async Task PublishAsync(CancellationToken cancellationToken = default)
    {
        if (ExecutionContext.Publisher != "manifest")
        {
            throw new DistributedApplicationException($"Unknown publisher '{ExecutionContext.Publisher}'; the only one is 'manifest'.");
        }

        var outputPath = ExecutionContext.OutputPath ?? "aspire-manifest.json";
        await ManifestPublisher.WriteAsync(Resources, outputPath, cancellationToken);
        Log.Write(AppHostLogName, $"wrote the manifest to {Path.GetFullPath(outputPath)}");
    }

    /// <summary>Starts every resource in dependency order and returns once all are healthy and the ready callbacks ran.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _orchestrator.StartAsync(cancellationToken);
        WriteSummary();
        foreach (var callback in _readyCallbacks)
        {
            await callback(this, cancellationToken);
        }
    }

    public Task StopAsync() => _orchestrator.StopAsync();

    /// <summary>Publishes, or runs until Ctrl+C/SIGTERM (or <paramref name="cancellationToken"/>); returns the process exit code.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        if (ExecutionContext.IsPublishMode)
        {
            await PublishAsync(cancellationToken);
            return 0;
        }

        using var shutdown = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true; // stop in order below instead of the runtime terminating the process
            Log.Write(AppHostLogName, $"{context.Signal}: stopping all resources");
            shutdown.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        try
        {
            await StartAsync(shutdown.Token);
            Log.Write(AppHostLogName, "all resources are running; press Ctrl+C to stop");
            await Task.Delay(Timeout.Infinite, shutdown.Token);
            return 0;
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception ex) when (ex is PostgresUnavailableException or DistributedApplicationException)
        {
            Log.Write(AppHostLogName, ex.Message);
            return 1;
        }
        finally
        {
            await StopAsync();
            Log.Write(AppHostLogName, "stopped");
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private void WriteSummary()
    {
        foreach (var database in Resources.OfType<PostgresDatabaseResource>())
        {
            var connection = new NpgsqlConnectionStringBuilder(database.ConnectionStringExpression.Resolve());
            if (connection.Password is not null)
            {
                connection.Password = "*****";
            }

            Log.Write(AppHostLogName, $"{database.Name,-12} {connection.ConnectionString}");
        }

        foreach (var project in Resources.OfType<ProjectResource>())
        {
            foreach (var endpoint in project.Endpoints)
            {
                Log.Write(AppHostLogName, $"{project.Name,-12} {endpoint.RunUrl}  ({endpoint.Name}, {endpoint.Transport})");
            }
        }
    }
}
