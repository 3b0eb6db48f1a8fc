using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Aspire's Npgsql EF Core component declares AddNpgsqlDbContext in this namespace; so do we, so that
// services call it exactly as with Aspire and switching to the real component changes no call site.
namespace Microsoft.Extensions.Hosting;

/// <summary>Registers a DbContext the way Aspire's Npgsql EF Core component does, under the same name.</summary>
public static class NpgsqlDbContextRegistration
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> as a pooled DbContext on the connection string
    /// <c>ConnectionStrings:{connectionName}</c> (environment: <c>ConnectionStrings__{connectionName}</c>),
    /// with Npgsql's retry-on-failure execution strategy: wrap explicit transactions in
    /// <c>db.Database.CreateExecutionStrategy().ExecuteAsync(...)</c>.
    /// </summary>
    public static IHostApplicationBuilder AddNpgsqlDbContext<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"No connection string '{connectionName}'. Set ConnectionStrings:{connectionName} in configuration " +
                $"or the environment variable ConnectionStrings__{connectionName} (e.g. \"Host=127.0.0.1;Port=5432;Username=postgres;Database={connectionName}\").");
        }
        builder.Services.AddDbContextPool<TContext>(options => options.UseNpgsql(
            connectionString,
            npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 6, maxRetryDelay: TimeSpan.FromSeconds(5), errorCodesToAdd: null)));
        return builder;
    }
}
