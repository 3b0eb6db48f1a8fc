using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.LoadHarness.Stack;

/// <summary>
/// The AppHost started by the harness (Aspire.Hosting.Testing), with nothing kept (<c>Platform:EphemeralData=true</c>)
/// and the services' gRPC endpoints bound directly (<c>Platform:DirectEndpoints=true</c>) so that no development proxy
/// sits between the load and the services. Built in the harness's configuration (Release under eng/load.sh).
/// </summary>
internal sealed class LaunchedStack : IAsyncDisposable
{
    private static readonly string[] Services = ["extraction", "documents", "query"];
    private readonly DistributedApplication _app;

    private LaunchedStack(DistributedApplication app, StackTarget target)
    {
        _app = app;
        Target = target;
    }

    public StackTarget Target { get; }

    public static async Task<LaunchedStack> StartAsync(TextWriter log, CancellationToken cancellationToken)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Platform_AppHost>(
            ["--Platform:EphemeralData=true", "--Platform:DirectEndpoints=true"], cancellationToken);
        builder.Services.AddLogging(logging => logging
            .AddFilter($"{builder.Environment.ApplicationName}.Resources", LogLevel.Critical) // PostgreSQL logs to stderr: not failures
            .AddFilter("Aspire.Hosting", LogLevel.Warning)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.Critical));
        var app = await builder.BuildAsync(cancellationToken);
        try
        {
            log.WriteLine("Starting the AppHost (PostgreSQL, migrations, services, samples)…");
            await app.StartAsync(cancellationToken);
            foreach (var service in Services)
            {
                await app.ResourceNotifications.WaitForResourceHealthyAsync(service, WaitBehavior.StopOnResourceUnavailable, cancellationToken);
            }
            await app.ResourceNotifications.WaitForResourceAsync(
                "samples", e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), cancellationToken);
            var connectionString = await app.GetConnectionStringAsync("platformdb", cancellationToken)
                ?? throw new InvalidOperationException("The AppHost gave no connection string for platformdb.");
            var target = new StackTarget(app.GetEndpoint("documents", "grpc"), app.GetEndpoint("query", "grpc"), connectionString);
            return new LaunchedStack(app, target);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}
