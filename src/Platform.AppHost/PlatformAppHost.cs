using Microsoft.Extensions.Configuration;
using Platform.AppHost.Hosting;
using Platform.AppHost.Seeding;

namespace Platform.AppHost;

/// <summary>
/// The Platform application: PostgreSQL with the <c>platformdb</c> database and the three gRPC services.
/// Documents starts first (it migrates the database); extraction and query wait for it.
/// Ports: <c>--Ports:documents=7101</c> or <c>Platform__Ports__documents=7101</c> (likewise extraction, query).
/// </summary>
public static class PlatformAppHost
{
    public static DistributedApplication Build(string[] args, TextWriter? output = null)
    {
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions { Args = args, Output = output });

        var postgres = builder.AddPostgres("postgres")
            .WithDataVolume("platform-postgres-data");
        var platformdb = postgres.AddDatabase("platformdb");

        var extraction = builder.AddProject("extraction", "../Platform.Extraction/Platform.Extraction.csproj")
            .WithHttp2Endpoint(port: builder.Configuration.GetValue("Ports:extraction", 7102), name: "grpc");

        var documents = builder.AddProject("documents", "../Platform.Documents/Platform.Documents.csproj")
            .WithHttp2Endpoint(port: builder.Configuration.GetValue("Ports:documents", 7101), name: "grpc")
            .WithReference(platformdb)
            .WithReference(extraction)
            .WaitFor(platformdb);

        extraction
            .WithReference(platformdb)
            .WaitFor(documents);

        builder.AddProject("query", "../Platform.Query/Platform.Query.csproj")
            .WithHttp2Endpoint(port: builder.Configuration.GetValue("Ports:query", 7103), name: "grpc")
            .WithReference(platformdb)
            .WaitFor(documents);

        if (builder.Configuration.GetValue("SeedSamples", true))
        {
            builder.OnResourcesReady((app, cancellationToken) => SampleDocumentSeeder.IngestAsync(app, "documents", cancellationToken));
        }

        builder.OnResourcesReady(PrintTryHintAsync);
        return builder.Build();
    }

    private static Task PrintTryHintAsync(DistributedApplication app, CancellationToken cancellationToken)
    {
        var query = app.GetEndpoint("query");
        var defaultQuery = new Uri("http://127.0.0.1:7103");
        var addressOption = query == defaultQuery ? "" : $" --query-address {query.ToString().TrimEnd('/')}";
        app.Log.Write(DistributedApplication.AppHostLogName, $"try: dotnet run --project src/Platform.Cli --{addressOption} entity 微软");
        return Task.CompletedTask;
    }
}
