using Npgsql;
using Platform.Query.Watching;
using Platform.Storage;
using Platform.Storage.Hosting;

namespace Platform.Query.Caching;

/// <summary>
/// Holds one connection that LISTENs for <see cref="GraphChanges.Channel"/> and invalidates the
/// <see cref="ReadCache"/> on every notification. While the connection is down the cache is switched off, and it is
/// switched on again only after the subscription is back, so a write made meanwhile is never missed.
/// The same connection hears <see cref="GraphChanges.DocumentExtractedChannel"/> for the <see cref="EntityWatchHub"/>.
/// </summary>
internal sealed partial class GraphChangeListener(ReadCache cache, EntityWatchHub watches, IConfiguration configuration,
    ILogger<GraphChangeListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = ListenerConnectionString();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                if (cache.IsServing)
                {
                    LogLost(ex.Message);
                }
                cache.StopServing();
                watches.ListenerLost();
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        connection.Notification += (_, notification) =>
        {
            cache.Invalidate();
            if (notification.Channel == GraphChanges.DocumentExtractedChannel && Guid.TryParse(notification.Payload, out var documentId))
            {
                watches.DocumentExtracted(documentId);
            }
        };
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {GraphChanges.Channel}; LISTEN {GraphChanges.DocumentExtractedChannel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        cache.StartServing();
        LogListening();
        await watches.ListenerResumedAsync(stoppingToken);
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    /// <summary>
    /// Its own connection, outside the pool the queries use; keepalives make a dead server noticed within seconds
    /// rather than when the operating system gives up on the socket.
    /// </summary>
    private string ListenerConnectionString()
    {
        var builder = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString(PlatformDatabaseExtensions.ConnectionName))
        {
            Pooling = false,
            KeepAlive = 5,
            ApplicationName = "platform-query-cache-listener",
        };
        return builder.ConnectionString;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Read cache on: listening for graph changes")]
    private partial void LogListening();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Read cache off until the change listener reconnects: {Error}")]
    private partial void LogLost(string error);
}
