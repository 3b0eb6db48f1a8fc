using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.AppHost.Tests.Infrastructure;
using Platform.Documents.V1;
using Platform.Extraction.V1;
using Platform.Query.V1;

namespace Platform.AppHost.Tests.Containers;

/// <summary>
/// The platform as containers: deploy/compose/compose.yaml run by docker-compose under a project name of its own, with
/// new secrets, host ports chosen by Docker and the images <see cref="ContainerImages"/> builds. API keys are required
/// there (the services listen on every address of their containers); every call sends the admin key.
/// </summary>
public sealed class ComposeStack : IPlatformStack, IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);
    private readonly string _envFile;
    private readonly List<GrpcChannel> _channels = [];

    private ComposeStack(string project, string envFile, string apiKey)
    {
        Project = project;
        _envFile = envFile;
        ApiKey = apiKey;
    }

    /// <summary>The compose project: containers are named &lt;project&gt;_&lt;service&gt;_&lt;n&gt;.</summary>
    public string Project { get; }

    public string? ApiKey { get; }

    public Uri DocumentsAddress { get; private set; } = null!;

    public Uri ExtractionAddress { get; private set; } = null!;

    public Uri QueryAddress { get; private set; } = null!;

    public Uri FrontDoorAddress { get; private set; } = null!;

    public DocumentService.DocumentServiceClient Documents { get; private set; } = null!;

    public ExtractionService.ExtractionServiceClient Extraction { get; private set; } = null!;

    public QueryService.QueryServiceClient Query { get; private set; } = null!;

    /// <summary>Builds the images (once per test run), writes the secrets and starts the stack; waits until every service is healthy.</summary>
    public static async Task<ComposeStack> StartAsync(string name, int extractionReplicas = 1)
    {
        await ContainerImages.EnsureBuiltAsync();
        var project = $"platform-tests-{name}-{Environment.ProcessId}";
        var adminKey = Secret();
        var envFile = Path.Combine(Path.GetTempPath(), $"{project}.env");
        // Empty ports: Docker picks free ones, so a developer's stack on 7100-7103 is left alone.
        File.WriteAllText(envFile, $"""
            POSTGRES_PASSWORD={Secret()}
            PLATFORMDB_DOCUMENTS_PASSWORD={Secret()}
            PLATFORMDB_EXTRACTION_PASSWORD={Secret()}
            PLATFORMDB_QUERY_PASSWORD={Secret()}
            PLATFORM_SERVICE_KEY={Secret()}
            PLATFORM_ADMIN_KEY={adminKey}
            PLATFORM_DOCUMENTS_PORT=
            PLATFORM_QUERY_PORT=
            PLATFORM_FRONTDOOR_PORT=

            """);
        var stack = new ComposeStack(project, envFile, adminKey);
        try
        {
            await stack.UpAsync(extractionReplicas);
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
        return stack;
    }

    /// <summary>docker-compose up: creates what is missing, starts what is stopped, scales extraction; then waits for health.</summary>
    public async Task UpAsync(int extractionReplicas = 1)
    {
        await ComposeAsync("up", "-d", "--scale", $"extraction={extractionReplicas}");
        await WaitHealthyAsync();
    }

    public async Task WaitHealthyAsync()
    {
        using var timeout = new CancellationTokenSource(StartupTimeout);
        foreach (var container in await ContainersAsync())
        {
            if (container.Contains("_migrations_", StringComparison.Ordinal))
            {
                continue;
            }
            while (await DockerAsync("inspect", "--format", "{{.State.Health.Status}}", container) is var health && health.Trim() != "healthy")
            {
                if (timeout.IsCancellationRequested)
                {
                    throw new TimeoutException($"{container} is {health.Trim()} after {StartupTimeout}:\n{LogTails(30)}");
                }
                await Task.Delay(500, CancellationToken.None);
            }
        }
        await ConnectAsync();
    }

    /// <summary>Runs docker-compose on this stack's project, file and secrets; fails on a non-zero exit.</summary>
    public async Task<string> ComposeAsync(params string[] arguments)
    {
        var result = await RunComposeAsync(arguments);
        Assert.True(result.ExitCode == 0, $"docker-compose {string.Join(' ', arguments)} exited {result.ExitCode}:\n{result.Errors}\n{result.Output}");
        return result.Output;
    }

    public static async Task<string> DockerAsync(params string[] arguments)
    {
        var result = await ExternalProgram.RunAsync("docker", arguments, CommandTimeout);
        Assert.True(result.ExitCode == 0, $"docker {string.Join(' ', arguments)} exited {result.ExitCode}:\n{result.Errors}");
        return result.Output;
    }

    /// <summary>The running containers of a service (all services when null), by name.</summary>
    public async Task<IReadOnlyList<string>> ContainersAsync(string? service = null)
    {
        var ids = (await ComposeAsync(service is null ? ["ps", "-q"] : ["ps", "-q", service]))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var names = new List<string>();
        foreach (var id in ids)
        {
            names.Add((await DockerAsync("inspect", "--format", "{{.Name}}", id)).Trim().TrimStart('/'));
        }
        return names.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>One SQL query as the owner, inside the PostgreSQL container: rows of tab-separated values.</summary>
    public async Task<IReadOnlyList<string[]>> SqlAsync(string sql)
    {
        var output = await ComposeAsync("exec", "-T", "postgres", "sh", "-c",
            "PGPASSWORD=\"$POSTGRES_PASSWORD\" psql --username=postgres --dbname=platformdb --no-psqlrc --tuples-only --no-align --field-separator='\t' --command=\"$0\"",
            sql);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t')).ToList();
    }

    public GrpcChannel Channel(Uri address)
    {
        var key = CallCredentials.FromInterceptor((_, metadata) =>
        {
            metadata.Add("authorization", $"Bearer {ApiKey}");
            return Task.CompletedTask;
        });
        var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, key),
            UnsafeUseInsecureChannelCallCredentials = true,
        });
        lock (_channels)
        {
            _channels.Add(channel);
        }
        return channel;
    }

    public string LogTails(int lines) => RunComposeAsync("logs", "--no-color", $"--tail={lines}").GetAwaiter().GetResult().Output;

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in _channels)
        {
            channel.Dispose();
        }
        try
        {
            await ComposeAsync("down", "--volumes", "--remove-orphans", "--timeout", "10");
        }
        finally
        {
            File.Delete(_envFile);
        }
    }

    private async Task ConnectAsync()
    {
        DocumentsAddress = await HostAddressAsync("documents", 7101);
        ExtractionAddress = await HostAddressAsync("extraction", 7102);
        QueryAddress = await HostAddressAsync("query", 7103);
        FrontDoorAddress = await HostAddressAsync("frontdoor", 7100);
        Documents = new DocumentService.DocumentServiceClient(Channel(DocumentsAddress));
        Extraction = new ExtractionService.ExtractionServiceClient(Channel(ExtractionAddress));
        Query = new QueryService.QueryServiceClient(Channel(QueryAddress));
    }

    private Task<ExternalProgram.Result> RunComposeAsync(params string[] arguments) =>
        ExternalProgram.RunAsync(
            "docker-compose",
            ["--project-name", Project, "--file", Path.Combine(RepositoryPaths.Deploy, "compose", "compose.yaml"), "--env-file", _envFile, .. arguments],
            CommandTimeout);

    /// <summary>Where the host reaches a container port Docker published on a port of its choosing.</summary>
    private async Task<Uri> HostAddressAsync(string service, int port)
    {
        var published = (await ComposeAsync("port", service, port.ToString(System.Globalization.CultureInfo.InvariantCulture))).Trim();
        return new Uri($"http://{published}");
    }

    private static string Secret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
