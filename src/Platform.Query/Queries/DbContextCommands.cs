using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Storage;

namespace Platform.Query.Queries;

internal static class DbContextCommands
{
    /// <summary>
    /// Runs one statement with positional parameters on the context's own pooled connection and reads its rows with
    /// <paramref name="read"/>; the connection goes back to the pool at once.
    /// </summary>
    public static async Task<T> QueryAsync<T>(this PlatformDbContext db, string sql, Func<NpgsqlDataReader, Task<T>> read,
        CancellationToken cancellationToken, params object?[] parameters)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection());
            foreach (var parameter in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = parameter ?? DBNull.Value });
            }
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await read(reader);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
