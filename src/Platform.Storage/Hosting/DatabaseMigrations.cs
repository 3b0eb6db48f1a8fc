using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Polly;
using Polly.Retry;

namespace Platform.Storage.Hosting;

/// <summary>Applying the schema migrations: the migration worker's one job, and the service tests' set-up.</summary>
public static class DatabaseMigrations
{
    /// <summary>
    /// Applies pending migrations, retrying while the database is starting or unreachable, until
    /// <paramref name="cancellationToken"/> fires. Concurrent callers are serialised by EF's migration lock.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var untilReachable = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsUnavailable),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(200),
                MaxDelay = TimeSpan.FromSeconds(5),
                UseJitter = true,
                OnRetry = retry =>
                {
                    logger.LogWarning("Database unavailable, cannot apply migrations yet (attempt {Attempt}): {Error}",
                        retry.AttemptNumber + 1, retry.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

        await untilReachable.ExecuteAsync(async ct =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            }
            await db.Database.MigrateAsync(ct);
        }, cancellationToken);
    }

    // Connection refused, server starting or shutting down, or the retry strategy giving up on those.
    private static bool IsUnavailable(Exception ex) => ex switch
    {
        PostgresException pg => pg.IsTransient || pg.SqlState is "3D000" /* database does not exist yet */,
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is System.Net.Sockets.SocketException or IOException,
        InvalidOperationException { InnerException: { } inner } => IsUnavailable(inner),
        RetryLimitExceededException { InnerException: { } inner } => IsUnavailable(inner),
        _ => false,
    };
}
