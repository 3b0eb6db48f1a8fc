using System.Security.Cryptography;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Platform.AppHost;

/// <summary>
/// The <c>platformdb</c> connection as its owner (the migration worker's), the server resource to wait for (if any),
/// and, where the AppHost runs the server, each service's own login: a least-privileged role
/// (<c>Platform.Storage.Hosting.ServiceRoles</c>) with its own password.
/// </summary>
internal sealed record PlatformDatabase(
    IResourceBuilder<IResourceWithConnectionString> Connection,
    IResourceBuilder<IResource>? Server,
    IReadOnlyDictionary<string, ServiceLogin> Logins);

/// <summary>A service's connection string and the password the migration worker gives its role.</summary>
internal sealed record ServiceLogin(IResourceBuilder<IResourceWithConnectionString> Connection, IResourceBuilder<ParameterResource> Password);

internal static class PlatformDatabaseExtensions
{
    private const string DatabaseName = "platformdb";
    private const string ImageName = "platform/postgres";
    private const string ImageTag = "17";
    private const string VolumeName = "platform-postgres-data";
    private const string MigrationsResource = "migrations";

    /// <summary>The services that log in with a role of their own (as <c>ServiceRoles.WritableTables</c> names them).</summary>
    private static readonly string[] s_servicesWithRoles = ["documents", "extraction", "query"];

    /// <summary>
    /// PostgreSQL, in this order: <c>ConnectionStrings:platformdb</c> given → use it; a Docker engine with the
    /// project's image (eng/prerequisites.sh builds it) → Aspire's PostgreSQL container with a data volume; the
    /// machine's PostgreSQL binaries → an executable resource with its data under <c>.platform-data/</c>;
    /// else stop with what to install. Publishing always describes the container.
    /// </summary>
    public static PlatformDatabase AddPlatformDatabase(this IDistributedApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(DatabaseName)))
        {
            // The operator's server: every service uses the connection string given (roles are the operator's choice).
            return new PlatformDatabase(builder.AddConnectionString(DatabaseName), Server: null, Logins: new Dictionary<string, ServiceLogin>());
        }
        if (builder.ExecutionContext.IsPublishMode)
        {
            return AddContainer(builder, password: null, ownerPassword: null, volume: VolumeName);
        }
        // Platform:EphemeralData=true (the end-to-end tests) keeps nothing: no volume, a data folder of its own.
        var ephemeral = builder.Configuration.GetValue("Platform:EphemeralData", false);
        var dataRoot = ephemeral
            ? Path.Combine(Path.GetTempPath(), $"platform-data-{Guid.NewGuid():N}")
            : Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "..", ".platform-data"));
        var passwordValue = ephemeral ? NewPassword() : ReadOrCreatePassword(dataRoot);
        var password = builder.AddParameter("postgres-password", passwordValue, secret: true);
        if (LocalTools.DockerImageExists($"{ImageName}:{ImageTag}"))
        {
            return AddContainer(builder, password, passwordValue, ephemeral ? null : $"{VolumeName}-{VolumeKey(dataRoot, passwordValue)}");
        }
        if (LocalTools.PostgresBinDirectory() is { } bin)
        {
            return AddExecutable(builder, bin, dataRoot, password, passwordValue);
        }
        throw new DistributedApplicationException(
            "No PostgreSQL to run: start a Docker engine and build the project's image (eng/prerequisites.sh does both), " +
            "or install PostgreSQL's server binaries (sudo apt-get install postgresql), " +
            "or point the platform at a server with ConnectionStrings__platformdb=\"Host=…;Username=…;Password=…;Database=platformdb\".");
    }

    /// <summary>
    /// References the database as the service's own role (the migration worker: as the owner, with every role's password
    /// to set) and, where the AppHost runs the server, waits until it accepts connections.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPlatformDatabase(this IResourceBuilder<ProjectResource> project, PlatformDatabase database)
    {
        var name = project.Resource.Name;
        project.WithReference(database.Logins.TryGetValue(name, out var login) ? login.Connection : database.Connection, DatabaseName);
        if (name == MigrationsResource)
        {
            foreach (var (service, role) in database.Logins)
            {
                project.WithEnvironment($"Platform__Database__RolePasswords__{service}", role.Password);
            }
        }
        return database.Server is null ? project : project.WaitFor(database.Server);
    }

    /// <summary>
    /// One login per service on the server's endpoint. Locally each password is derived from the owner's (so the
    /// data folder keeps one secret); publishing leaves them to the deployment.
    /// </summary>
    private static Dictionary<string, ServiceLogin> ServiceLogins(
        IDistributedApplicationBuilder builder, EndpointReference endpoint, string? ownerPassword)
    {
        var logins = new Dictionary<string, ServiceLogin>();
        foreach (var service in s_servicesWithRoles)
        {
            var parameterName = $"{DatabaseName}-{service}-password";
            var password = ownerPassword is null
                ? builder.AddParameter(parameterName, secret: true)
                : builder.AddParameter(parameterName, RolePassword(ownerPassword, service), secret: true);
            var connection = builder.AddConnectionString($"{DatabaseName}-{service}", ReferenceExpression.Create(
                $"Host={endpoint.Property(EndpointProperty.Host)};Port={endpoint.Property(EndpointProperty.Port)};Username=platform_{service};Password={password};Database={DatabaseName}"));
            logins[service] = new ServiceLogin(connection, password);
        }
        return logins;
    }

    private static string RolePassword(string ownerPassword, string service) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ownerPassword), System.Text.Encoding.UTF8.GetBytes($"role:{service}")))[..48];

    /// <param name="volume">The data volume, or null to keep nothing.</param>
    private static PlatformDatabase AddContainer(
        IDistributedApplicationBuilder builder, IResourceBuilder<ParameterResource>? password, string? ownerPassword, string? volume)
    {
        // Built here from Debian packages (no registry is reachable): never pull.
        var postgres = builder.AddPostgres("postgres", password: password)
            .WithImage(ImageName, ImageTag)
            .WithImagePullPolicy(ImagePullPolicy.Never);
        if (volume is not null)
        {
            postgres.WithDataVolume(volume);
        }
        if (builder.Configuration.GetValue("Platform:DirectEndpoints", false))
        {
            // Only Docker's port mapping between the services and the server, not also the development proxy.
            postgres.WithEndpoint("tcp", endpoint => endpoint.IsProxied = false);
        }
        var database = postgres.AddDatabase(DatabaseName);
        return new PlatformDatabase(database, database, ServiceLogins(builder, postgres.GetEndpoint("tcp"), ownerPassword));
    }

    /// <summary>
    /// Locally a volume belongs to one checkout and one password (kept in <c>.platform-data/</c>): a volume shared by two
    /// clones, or kept after the password file was deleted, was initialised with another password, and the services
    /// could never log in. A new password file therefore starts a new, empty volume.
    /// </summary>
    private static string VolumeKey(string dataRoot, string password) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{dataRoot}\n{password}")))[..12];

    private static PlatformDatabase AddExecutable(
        IDistributedApplicationBuilder builder, string bin, string dataRoot, IResourceBuilder<ParameterResource> password, string ownerPassword)
    {
        var server = builder.AddExecutable("postgres", Path.Combine(builder.AppHostDirectory, "postgres", "run-postgres.sh"), builder.AppHostDirectory)
            .WithEndpoint(name: "tcp", scheme: "tcp", env: "PGPORT")
            .WithEnvironment("PG_BIN", bin)
            .WithEnvironment("PG_DATA", Path.Combine(dataRoot, "postgres"))
            .WithEnvironment("PG_PASSWORD", password)
            .WithHealthCheck("postgres-accepts-connections");
        var endpoint = server.GetEndpoint("tcp");
        var connection = builder.AddConnectionString(DatabaseName, ReferenceExpression.Create(
            $"Host={endpoint.Property(EndpointProperty.Host)};Port={endpoint.Property(EndpointProperty.Port)};Username=postgres;Password={password};Database={DatabaseName}"));

        // The process running is not the server accepting connections: WaitFor waits for this check.
        builder.Services.AddHealthChecks().AddAsyncCheck("postgres-accepts-connections", async cancellationToken =>
        {
            try
            {
                var connectionString = new NpgsqlConnectionStringBuilder(
                    await connection.Resource.ConnectionStringExpression.GetValueAsync(cancellationToken)) { Database = "postgres" };
                await using var probe = new NpgsqlConnection(connectionString.ConnectionString);
                await probe.OpenAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
            {
                return HealthCheckResult.Unhealthy(ex.Message);
            }
        });
        return new PlatformDatabase(connection, server, ServiceLogins(builder, endpoint, ownerPassword));
    }

    private static string NewPassword() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    /// <summary>One password per data folder, kept beside it: a new password would lock the old data away.</summary>
    private static string ReadOrCreatePassword(string dataRoot)
    {
        var path = Path.Combine(dataRoot, "postgres-password");
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }
        Directory.CreateDirectory(dataRoot);
        var password = NewPassword();
        File.WriteAllText(path, password);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return password;
    }
}
