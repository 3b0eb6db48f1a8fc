using System.CommandLine;

namespace Platform.LoadHarness;

/// <summary>The harness's command line.</summary>
internal sealed class LoadOptions
{
    public Option<int> Documents { get; } = new("--documents") { Description = "Generated documents ingested per run.", DefaultValueFactory = _ => 10_000 };
    public Option<int> Runs { get; } = new("--runs") { Description = "Identical runs (each ingests a new corpus of the same size, then reads); memory is printed after each.", DefaultValueFactory = _ => 1 };
    public Option<int> Seed { get; } = new("--seed") { Description = "Seed of the generated corpus.", DefaultValueFactory = _ => 1 };
    public Option<int[]> InFlight { get; } = new("--in-flight") { Description = "Calls in flight for each read run.", DefaultValueFactory = _ => [64, 256], AllowMultipleArgumentsPerToken = true };
    public Option<int> Connections { get; } = new("--connections") { Description = "HTTP/2 connections per service the reads spread over.", DefaultValueFactory = _ => 8 };
    public Option<double> Seconds { get; } = new("--seconds") { Description = "Measured seconds per read run (after a warm-up of a fifth of it).", DefaultValueFactory = _ => 10 };
    public Option<int> PgbenchClients { get; } = new("--pgbench-clients") { Description = "pgbench clients for the database ceilings.", DefaultValueFactory = _ => 8 };
    public Option<int> Probes { get; } = new("--probes") { Description = "20 KB documents timed from ingest to queryable.", DefaultValueFactory = _ => 20 };
    public Option<bool> Hold { get; } = new("--hold") { Description = "Keep the stack the harness started running afterwards (until Ctrl+C), and print how to target it again." };
    public Option<string?> DocumentsAddress { get; } = new("--documents-address") { Description = "Target a running stack: its document service (with --query-address and --connection-string)." };
    public Option<string?> QueryAddress { get; } = new("--query-address") { Description = "Target a running stack: its query service." };
    public Option<string?> ConnectionString { get; } = new("--connection-string") { Description = "Target a running stack: its database (for progress, pgbench and the ceilings)." };
    public Option<string?> ApiKey { get; } = new("--api-key") { Description = "The API key every call sends, where the targeted stack requires one (default: $PLATFORM_API_KEY).", DefaultValueFactory = _ => Environment.GetEnvironmentVariable("PLATFORM_API_KEY") };
    public Option<bool> WritesOnly { get; } = new("--writes-only") { Description = "Ingest and time the extraction only: no 20 KB probes, no reads." };

    public IEnumerable<Option> All => [Documents, Runs, Seed, InFlight, Connections, Seconds, PgbenchClients, Probes, Hold, DocumentsAddress, QueryAddress, ConnectionString, ApiKey, WritesOnly];
}
