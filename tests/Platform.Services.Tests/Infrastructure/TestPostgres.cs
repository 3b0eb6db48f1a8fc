using Npgsql;
using Testcontainers.PostgreSql;

namespace Platform.Services.Tests.Infrastructure;

/// <summary>
/// The one PostgreSQL server of a test run: <c>PLATFORM_TEST_CONNECTION_STRING</c> when set (a role that may
/// CREATE DATABASE); else a Testcontainers container from the project's image (eng/prerequisites.sh builds it);
/// else — said once on the console — a throwaway cluster from the machine's PostgreSQL binaries
/// (<c>PLATFORM_TEST_POSTGRES=local</c> asks for those directly).
/// </summary>
public static class TestPostgres
{
    public const string ConnectionStringVariable = "PLATFORM_TEST_CONNECTION_STRING";

    /// <summary><c>local</c> skips the container and uses the machine's PostgreSQL binaries.</summary>
    public const string ServerVariable = "PLATFORM_TEST_POSTGRES";
    public const string Image = "platform/postgres:17";

    private static readonly Lazy<Task<string>> AdminConnectionString = new(StartAsync);

    /// <summary>A superuser connection string to the server's maintenance database.</summary>
    public static Task<string> GetAdminConnectionStringAsync() => AdminConnectionString.Value;

    private static async Task<string> StartAsync()
    {
        var given = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }
        try
        {
            if (Environment.GetEnvironmentVariable(ServerVariable) == "local")
            {
                throw new InvalidOperationException($"{ServerVariable}=local");
            }
            return await StartContainerAsync();
        }
        catch (Exception ex) when (LocalPostgres.BinDirectory() is not null)
        {
            Console.Error.WriteLine(
                $"Platform tests: no PostgreSQL container ({ex.GetType().Name}: {ex.Message.Split('\n')[0]}); " +
                "using the machine's PostgreSQL binaries instead. eng/prerequisites.sh sets up the container path.");
            var local = await LocalPostgres.StartAsync();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => local.Dispose();
            return local.ConnectionString;
        }
    }

    private static async Task<string> StartContainerAsync()
    {
        ContainerEnvironment.ApplyDefaults();
        var container = new PostgreSqlBuilder(Image)
            // Built here from Debian packages: there is no registry to pull from.
            .WithImagePullPolicy(DotNet.Testcontainers.Images.PullPolicy.Never)
            .WithTmpfsMount("/var/lib/postgresql/data")
            .WithCommand("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300")
            .Build();
        await container.StartAsync();
        // Without the Ryuk reaper (its image needs a registry), the container is removed when the run ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(10));
        return container.GetConnectionString();
    }

    internal static async Task<string> CreateDatabaseAsync(string name)
    {
        var admin = await GetAdminConnectionStringAsync();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    internal static async Task DropDatabaseAsync(string name)
    {
        var admin = await GetAdminConnectionStringAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
