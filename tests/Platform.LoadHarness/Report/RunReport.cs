using Platform.LoadHarness.Reads;
using Platform.LoadHarness.Writes;
using Spectre.Console;

namespace Platform.LoadHarness.Report;

/// <summary>The harness's tables: each read beside the same service's health check and pgbench on the same SQL.</summary>
internal static class RunReport
{
    public static void Reads(IReadOnlyList<(LoadResult Read, LoadResult Health, double? PgbenchTps)> rows)
    {
        var table = new Table().Title("Reads (closed loop; ceilings measured in the same run)")
            .AddColumns("RPC", "in flight", "calls/s", "p50 ms", "p99 ms", "failures", "health calls/s", "health p99 ms", "× health", "pgbench tps");
        foreach (var (read, health, pgbench) in rows)
        {
            table.AddRow(read.Name, $"{read.InFlight}", $"{read.CallsPerSecond:N0}", $"{read.P50Ms:F2}", $"{read.P99Ms:F2}",
                read.DescribeFailures(), $"{health.CallsPerSecond:N0}", $"{health.P99Ms:F2}", $"{read.CallsPerSecond / health.CallsPerSecond:F2}",
                pgbench is { } tps ? $"{tps:N0}" : "—");
        }
        AnsiConsole.Write(table);
    }

    public static void Writes(IngestionResult ingestion, double engineCharsPerCpuSecond, double[] queryableMs)
    {
        var table = new Table().Title("Writes").AddColumns("what", "value");
        table.AddRow("documents ingested and extracted", $"{ingestion.Documents:N0} ({ingestion.Failed} failed) in {ingestion.Elapsed.TotalSeconds:F0} s");
        table.AddRow("documents/s", $"{ingestion.DocumentsPerSecond:F1}");
        table.AddRow("characters/s", $"{ingestion.CharactersPerSecond:N0}");
        foreach (var (service, cpu) in ingestion.ServiceCpu)
        {
            table.AddRow($"{service} service CPU", $"{cpu.TotalSeconds:F0} s = {cpu / ingestion.Elapsed:F2} cores on average");
        }
        var others = ingestion.MachineCpu - ingestion.ServiceCpu.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        table.AddRow("everything else (PostgreSQL, this harness, …)", $"{others.TotalSeconds:F0} s = {others / ingestion.Elapsed:F2} cores on average");
        table.AddRow("machine busy", $"{ingestion.MachineCpu / ingestion.Elapsed:F2} of {Environment.ProcessorCount} cores");
        table.AddRow("engine alone, characters per CPU second", $"{engineCharsPerCpuSecond:N0}");
        // Unknown where the service's process is not on this machine (a container's is not found by its name).
        if (ingestion.ExtractionCpu > TimeSpan.Zero)
        {
            table.AddRow("characters per extraction CPU second", $"{ingestion.CharactersPerExtractionCpuSecond:N0}");
            table.AddRow("service ÷ engine, per core", $"{ingestion.CharactersPerExtractionCpuSecond / engineCharsPerCpuSecond:P0}");
        }
        if (queryableMs.Length > 0)
        {
            table.AddRow($"ingest → queryable, 20 KB document ({queryableMs.Length} probes)",
                $"p50 {Percentile(queryableMs, 0.5):F0} ms, p99 {Percentile(queryableMs, 0.99):F0} ms, max {queryableMs[^1]:F0} ms");
        }
        AnsiConsole.Write(table);
    }

    public static void Memory(int run, IReadOnlyList<(string Service, long? WorkingSetBytes)> services)
    {
        AnsiConsole.MarkupLineInterpolated($"[bold]Working set after run {run}:[/] {string.Join(", ",
            services.Select(s => $"{s.Service} {(s.WorkingSetBytes is { } b ? $"{b / 1048576.0:F0} MB" : "not found")}"))}");
    }

    private static double Percentile(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)(quantile * sorted.Length))];
}
