using Npgsql;
using Platform.Hosting.PostgreSql;

namespace Platform.Services.Tests.Infrastructure;

/// <summary>The throwaway-cluster lifecycle itself (these start clusters of their own, apart from the shared one).</summary>
public sealed class LocalPostgresServerTests
{
    [Fact]
    public async Task StartTemporary_WithTcp_AcceptsConnectionsOnLoopback()
    {
        await using var server = await LocalPostgresServer.StartTemporaryAsync(new TemporaryPostgresOptions { UseTcp = true });
        var builder = server.CreateConnectionStringBuilder();
        builder.Host = "127.0.0.1";

        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW server_encoding", connection);

        Assert.True(server.ListensOnTcp);
        Assert.Equal("UTF8", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Dispose_StopsTheServerAndRemovesItsDirectory()
    {
        var server = await LocalPostgresServer.StartTemporaryAsync();
        var dataDirectory = server.DataDirectory;
        var pid = int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First());

        await server.DisposeAsync();

        Assert.False(server.IsRunning);
        Assert.False(Directory.Exists(dataDirectory));
        Assert.False(Directory.Exists($"/proc/{pid}"), $"postgres (pid {pid}) is still running");
    }

    [Fact]
    public async Task StartTemporary_RemovesClusterDirectoriesOfOwnersThatAreGone()
    {
        var probe = await LocalPostgresServer.StartTemporaryAsync();
        var clustersRoot = Path.GetDirectoryName(Path.GetDirectoryName(probe.DataDirectory))!;
        await probe.DisposeAsync();
        // pid 1 exists but did not start at kernel tick 1, so this owner is gone.
        var stale = Path.Combine(clustersRoot, "1-1-deadbeef");
        Directory.CreateDirectory(Path.Combine(stale, "data"));

        await using var server = await LocalPostgresServer.StartTemporaryAsync();

        Assert.False(Directory.Exists(stale));
    }

    [Fact]
    public async Task StartAsync_ExistingDataDirectory_KeepsItsData()
    {
        var root = Path.Combine(Path.GetTempPath(), $"platform-pg-persistent-{Guid.NewGuid():N}");
        var options = new LocalPostgresOptions
        {
            DataDirectory = Path.Combine(root, "data"),
            SocketDirectory = Path.Combine(root, "s"),
            Fast = true,
        };
        try
        {
            await using (var first = await LocalPostgresServer.StartAsync(options))
            {
                await first.CreateDatabaseAsync("kept");
            }
            await using var second = await LocalPostgresServer.StartAsync(options);
            await using var connection = new NpgsqlConnection(second.GetConnectionString("kept"));

            await connection.OpenAsync();

            Assert.Equal("kept", connection.Database);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
