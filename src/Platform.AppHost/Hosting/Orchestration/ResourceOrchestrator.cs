using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Platform.AppHost.Hosting.ApplicationModel;
using Platform.AppHost.Hosting.Postgres;

namespace Platform.AppHost.Hosting.Orchestration;

/// <summary>
/// Run mode: provisions PostgreSQL, then starts the projects in waves, each after everything it waits for
/// reports healthy; stops them in reverse order.
/// </summary>
internal sealed class ResourceOrchestrator(IReadOnlyList<IResource> resources, IConfiguration configuration, AppHostPaths paths, ResourceLogWriter log)
{
    private static readonly TimeSpan StopGracePeriod = TimeSpan.FromSeconds(10);

    private readonly List<IPostgresInstance> _databases = [];
    private readonly List<List<ServiceProcess>> _waves = [];
    private volatile bool _stopping;

    public IReadOnlyList<int> ProcessIds => [.. _waves.SelectMany(w => w).Select(p => p.ProcessId)];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var pending = resources.OfType<ProjectResource>().ToList();
        EnsurePortsAreFree(pending);
        var ready = new HashSet<IResource>(resources.OfType<ParameterResource>());
        foreach (var server in resources.OfType<PostgresServerResource>())
        {
            _databases.Add(await new PostgresProvisioner(configuration, paths, log).ProvisionAsync(server, cancellationToken));
            ready.Add(server);
            ready.UnionWith(server.Databases);
        }

        while (pending.Count > 0)
        {
            var wave = pending.Where(p => p.WaitsFor.All(ready.Contains)).ToList();
            if (wave.Count == 0)
            {
                throw new DistributedApplicationException($"These resources wait for each other and can never start: {string.Join(", ", pending.Select(p => p.Name))}.");
            }

            var started = new List<ServiceProcess>();
            _waves.Add(started);
            await Task.WhenAll(wave.Select(project => StartProjectAsync(project, started, cancellationToken)));
            pending.RemoveAll(wave.Contains);
            ready.UnionWith(wave);
        }
    }

    public async Task StopAsync()
    {
        _stopping = true;
        for (var i = _waves.Count - 1; i >= 0; i--)
        {
            await Task.WhenAll(_waves[i].Select(p => p.StopAsync(StopGracePeriod)));
        }

        _waves.Clear();
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }

        _databases.Clear();
    }

    private async Task StartProjectAsync(ProjectResource project, List<ServiceProcess> started, CancellationToken cancellationToken)
    {
        var (program, arguments) = LaunchCommand(project);
        var environment = project.Environment.Select(e => KeyValuePair.Create(e.Key, e.Value.Resolve())).ToList();
        var process = ServiceProcess.Start(project.Name, program, arguments, Path.GetDirectoryName(project.ProjectPath)!, environment, log);
        lock (started)
        {
            started.Add(process);
        }

        _ = process.Exited.ContinueWith(
            exited => { if (!_stopping) log.Write(project.Name, $"exited with code {exited.Result}"); },
            TaskScheduler.Default);

        var endpoint = project.Endpoints[0];
        log.Write(project.Name, $"started: {program} {string.Join(' ', arguments)} (pid {process.ProcessId}); waiting until {endpoint.RunUrl} reports SERVING");
        var timeout = TimeSpan.FromSeconds(configuration.GetValue("StartupTimeoutSeconds", 180));
        bool serving;
        try
        {
            serving = await GrpcHealthProbe.WaitUntilServingAsync(endpoint.RunUrl, process.Exited, timeout, cancellationToken);
        }
        catch (TimeoutException ex)
        {
            throw new DistributedApplicationException($"'{project.Name}' did not become healthy: {ex.Message} Its output is above.");
        }

        if (!serving)
        {
            throw new DistributedApplicationException($"'{project.Name}' exited with code {await process.Exited} before it reported healthy; its output is above.");
        }

        log.Write(project.Name, $"healthy, listening on {endpoint.RunUrl}");
    }

    /// <summary>The built assembly when there is one (fast start), else <c>dotnet run</c> on the project.</summary>
    private (string Program, IReadOnlyList<string> Arguments) LaunchCommand(ProjectResource project)
    {
        var dotnet = DotnetHost();
        var assembly = paths.BuiltAssemblyPath(project.ProjectPath);
        return File.Exists(assembly)
            ? (dotnet, [assembly])
            : (dotnet, ["run", "--no-launch-profile", "--project", project.ProjectPath]);
    }

    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        var processPath = Environment.ProcessPath;
        return processPath is not null && Path.GetFileNameWithoutExtension(processPath) == "dotnet" ? processPath : "dotnet";
    }

    private static void EnsurePortsAreFree(IEnumerable<ProjectResource> projects)
    {
        foreach (var project in projects)
        {
            foreach (var endpoint in project.Endpoints.Where(e => e.Port is not null))
            {
                try
                {
                    using var listener = new TcpListener(IPAddress.Loopback, endpoint.Port!.Value);
                    listener.Start();
                }
                catch (SocketException)
                {
                    throw new DistributedApplicationException(
                        $"Port {endpoint.Port} for '{project.Name}' is already in use (is another AppHost still running?). " +
                        $"Stop that process or choose another port: --Ports:{project.Name}=<port> or Platform__Ports__{project.Name}=<port>.");
                }
            }
        }
    }
}
