using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.Storage.Hosting;

/// <summary>Applying (document service only) and awaiting (everyone else) the schema migrations.</summary>
public static class DatabaseMigrations
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Applies pending migrations, retrying while the database is starting or unreachable, until
    /// <paramref name="cancellationToken"/> fires. Concurrent callers are serialised by EF's migration lock.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        await RetryWhileUnavailableAsync(logger, "apply migrations", async () =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            }
            await db.Database.MigrateAsync(cancellationToken);
            return true;
        }, cancellationToken);
    }

    /// <summary>Waits until the database is reachable and every migration this build knows of is applied.</summary>
    public static async Task WaitForMigrationsAsync(this IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        await RetryWhileUnavailableAsync(logger, "wait for migrations", async () =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
            return !pending.Any();
        }, cancellationToken);
    }

    private static async Task RetryWhileUnavailableAsync(ILogger logger, string what, Func<Task<bool>> attempt, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        for (var attemptNumber = 1; ; attemptNumber++)
        {
            try
            {
                if (await attempt())
                {
                    return;
                }
                logger.LogInformation("Database schema not migrated yet; waiting (attempt {Attempt})", attemptNumber);
            }
            catch (Exception ex) when (IsUnavailable(ex) && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("Database unavailable, cannot {What} yet (attempt {Attempt}): {Error}", what, attemptNumber, ex.Message);
            }
            await Task.Delay(delay, cancellationToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
        }
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
