using Microsoft.Extensions.Configuration;
using Platform.AppHost.Hosting.ApplicationModel;

namespace Platform.AppHost.Hosting;

/// <summary>Declares the resources of the application; <see cref="Build"/> turns them into a runnable app.</summary>
public sealed class DistributedApplicationBuilder
{
    private readonly List<IResource> _resources = [];
    private readonly List<Func<DistributedApplication, CancellationToken, Task>> _readyCallbacks = [];
    private readonly TextWriter _output;

    internal DistributedApplicationBuilder(DistributedApplicationOptions options)
    {
        // Same sources as an Aspire AppHost: environment (also with the Platform__ prefix stripped) then command line.
        Configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddEnvironmentVariables(prefix: "Platform__")
            .AddCommandLine(options.Args)
            .Build();
        ExecutionContext = new DistributedApplicationExecutionContext(Configuration["publisher"], Configuration["output-path"]);
        var builtPaths = AppHostPaths.FromBuild();
        Paths = Configuration["RepositoryRoot"] is { } root ? builtPaths with { RepositoryRoot = root } : builtPaths;
        _output = options.Output ?? Console.Out;
    }

    public IConfiguration Configuration { get; }

    public DistributedApplicationExecutionContext ExecutionContext { get; }

    public AppHostPaths Paths { get; }

    public IReadOnlyList<IResource> Resources => _resources;

    public IResourceBuilder<T> AddResource<T>(T resource) where T : IResource
    {
        if (_resources.Any(r => string.Equals(r.Name, resource.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"A resource named '{resource.Name}' is already declared.");
        }

        _resources.Add(resource);
        return new ResourceBuilder<T>(this, resource);
    }

    /// <summary>Runs once every resource has started and reported healthy (run mode only).</summary>
    public DistributedApplicationBuilder OnResourcesReady(Func<DistributedApplication, CancellationToken, Task> callback)
    {
        _readyCallbacks.Add(callback);
        return this;
    }

    public DistributedApplication Build() => new(this, [.. _resources], [.. _readyCallbacks], _output);
}
