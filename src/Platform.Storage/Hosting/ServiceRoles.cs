using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.Storage.Hosting;

/// <summary>
/// The PostgreSQL role each service logs in as: it may read every table and change only the tables its own work
/// changes; no role but the owner (the migration worker's login) may change the schema. The migration worker creates
/// the roles and sets their passwords from <c>Platform:Database:RolePasswords:&lt;service&gt;</c>, then grants, after
/// every migration (so new tables are covered). A service without a password configured gets no role.
/// </summary>
public static class ServiceRoles
{
    public const string SectionName = "Platform:Database:RolePasswords";

    /// <summary>Service name → the tables it inserts into, updates and deletes from (it reads all of them).</summary>
    public static IReadOnlyDictionary<string, string[]> WritableTables { get; } = new Dictionary<string, string[]>
    {
        ["documents"] = ["documents", "extraction_jobs", "curations", "entities", "entity_aliases", "relation_groups", "api_keys"],
        ["extraction"] = ["documents", "entities", "entity_aliases", "mentions", "relations", "relation_groups", "document_entities"],
        ["query"] = [],
    };

    /// <summary>
    /// Service name → columns it may update in tables it otherwise only reads: the extraction service settles the
    /// document's job in the transaction that stores the results, so that a stored extraction is never dispatched again.
    /// </summary>
    public static IReadOnlyDictionary<string, (string Table, string[] Columns)[]> UpdatableColumns { get; } = new Dictionary<string, (string, string[])[]>
    {
        ["extraction"] = [("extraction_jobs", ["state", "extractions", "last_error", "updated_at"])],
    };

    public static string RoleName(string service) => $"platform_{service}";

    /// <summary>The configured role passwords, by service: only services named in <see cref="WritableTables"/>.</summary>
    public static IReadOnlyDictionary<string, string> ConfiguredPasswords(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var unknown = section.GetChildren().Select(c => c.Key).Where(k => !WritableTables.ContainsKey(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"{SectionName} names unknown services: {string.Join(", ", unknown)}. Known: {string.Join(", ", WritableTables.Keys)}.");
        }
        return section.GetChildren().Where(c => !string.IsNullOrEmpty(c.Value)).ToDictionary(c => c.Key, c => c.Value!);
    }

    /// <summary>Creates or updates each role and replaces its grants on the current database's tables.</summary>
    public static async Task EnsureAsync(NpgsqlConnection connection, IReadOnlyDictionary<string, string> passwords, ILogger logger, CancellationToken ct)
    {
        foreach (var (service, password) in passwords)
        {
            var role = RoleName(service);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            // The password travels as a parameter, set for this transaction only, and never appears in a statement's
            // text, which traces record (ALTER ROLE takes no parameters, hence EXECUTE format(... %L) from the setting).
            await using (var setPassword = new NpgsqlCommand("SELECT set_config('platform.role_password', @password, true)", connection, transaction))
            {
                setPassword.Parameters.AddWithValue("password", password);
                await setPassword.ExecuteScalarAsync(ct);
            }
            var tables = WritableTables[service];
            var columns = UpdatableColumns.GetValueOrDefault(service, []);
            var database = new NpgsqlCommandBuilder().QuoteIdentifier(connection.Database);
            await ExecuteAsync(connection, $"""
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE {role} LOGIN; END IF;
                  EXECUTE format('ALTER ROLE {role} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L',
                                 current_setting('platform.role_password'));
                END $$;
                GRANT CONNECT ON DATABASE {database} TO {role};
                REVOKE CREATE ON SCHEMA public FROM {role};
                GRANT USAGE ON SCHEMA public TO {role};
                REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role};
                REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {role};
                GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role};
                {(tables.Length == 0 ? "" : $"""
                    GRANT INSERT, UPDATE, DELETE ON {string.Join(", ", tables)} TO {role};
                    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
                    """)}
                {string.Concat(columns.Select(c => $"GRANT UPDATE ({string.Join(", ", c.Columns)}) ON {c.Table} TO {role};\n"))}
                """, transaction, ct);
            await transaction.CommitAsync(ct);
            logger.LogInformation("Role {Role} may read every table and change {Tables}", role, tables.Length == 0 ? "none" : string.Join(", ", tables));
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(ct);
    }
}
