using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Platform.LoadHarness.Ceilings;

/// <summary>
/// The database's ceiling for one read: pgbench (prepared statements) running the very SQL the query service runs for
/// it, over a handful of keys the load picks from; transactions per second, one transaction standing for one call.
/// </summary>
internal sealed partial class PgbenchCeiling(string connectionString, int clients, TimeSpan duration)
{
    /// <returns>Null when pgbench is not installed (Debian: postgresql-client) or fails; the reason is printed.</returns>
    public async Task<double?> RunAsync(string name, IReadOnlyList<string> scripts)
    {
        var folder = Directory.CreateTempSubdirectory("platform-pgbench-");
        try
        {
            var arguments = new List<string> { "-n", "-M", "prepared", "-c", $"{clients}", "-j", "2", "-T", $"{(int)Math.Ceiling(duration.TotalSeconds)}" };
            var database = new NpgsqlConnectionStringBuilder(connectionString);
            arguments.AddRange(["-h", database.Host!, "-p", $"{database.Port}", "-U", database.Username ?? "postgres"]);
            for (var i = 0; i < scripts.Count; i++)
            {
                var file = Path.Combine(folder.FullName, $"call{i}.sql");
                await File.WriteAllTextAsync(file, scripts[i] + ";\n");
                arguments.AddRange(["-f", file]);
            }
            arguments.Add(database.Database ?? "platformdb");

            var start = new ProcessStartInfo("pgbench", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["PGPASSWORD"] = database.Password ?? "";
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (Tps().Match(output) is { Success: true } tps)
            {
                return double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture);
            }
            Console.WriteLine($"  pgbench for {name} gave no rate (exit {process.ExitCode}): {error.Trim()}");
            return null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.WriteLine("  pgbench is not installed (Debian: postgresql-client): database ceilings not measured.");
            return null;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary><paramref name="sql"/> with its positional parameters ($1, $2, …) written in as SQL literals.</summary>
    public static string WithLiterals(string sql, params object?[] values)
    {
        for (var i = values.Length; i >= 1; i--)
        {
            sql = sql.Replace($"${i}", Literal(values[i - 1]), StringComparison.Ordinal);
        }
        return sql;
    }

    private static string Literal(object? value) => value switch
    {
        null => "NULL",
        string text => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'",
        Guid id => $"'{id}'",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"No SQL literal for {value.GetType().Name}."),
    };

    [GeneratedRegex(@"tps = ([0-9.]+)")]
    private static partial Regex Tps();
}
