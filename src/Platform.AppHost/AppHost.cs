using Microsoft.Extensions.Configuration;
using Platform.AppHost;

var builder = DistributedApplication.CreateBuilder(args);

PlatformDatabase platformdb;
try
{
    platformdb = builder.AddPlatformDatabase();
}
catch (DistributedApplicationException ex)
{
    Console.Error.WriteLine(ex.Message); // what to install or set, without a stack trace
    return 1;
}

var access = builder.AddPlatformAccess();

var migrations = builder.AddProject<Projects.Platform_MigrationService>("migrations")
    .WithPlatformDatabase(platformdb);

var extraction = builder.AddProject<Projects.Platform_Extraction>("extraction")
    .WithGrpcPort(builder, defaultPort: 7102)
    .WithPlatformDatabase(platformdb)
    .WithPlatformAccess(access, internalRpc: true)
    .WaitForCompletion(migrations)
    .WithHttpHealthCheck("/health", endpointName: "http")
    .WithRestartOnCrash();

var documents = builder.AddProject<Projects.Platform_Documents>("documents")
    .WithGrpcPort(builder, defaultPort: 7101)
    .WithPlatformDatabase(platformdb)
    .WithPlatformAccess(access, internalRpc: true)
    .WithReference(extraction.GetEndpoint("grpc"))
    .WaitForCompletion(migrations)
    .WithHttpHealthCheck("/health", endpointName: "http")
    .WithRestartOnCrash();

var query = builder.AddProject<Projects.Platform_Query>("query")
    .WithGrpcPort(builder, defaultPort: 7103)
    .WithPlatformDatabase(platformdb)
    .WithPlatformAccess(access)
    .WaitForCompletion(migrations)
    .WithHttpHealthCheck("/health", endpointName: "http")
    .WithRestartOnCrash();

// The explorer at / and the JSON API under /v1/, on one address.
builder.AddProject<Projects.Platform_FrontDoor>("frontdoor")
    .WithGrpcPort(builder, defaultPort: 7100, endpointName: "http")
    .WithReference(documents.GetEndpoint("http"))
    .WithReference(query.GetEndpoint("http"))
    .WithReference(extraction.GetEndpoint("http"))
    .WaitFor(documents)
    .WaitFor(query)
    .WithHttpHealthCheck("/health", endpointName: "http")
    .WithRestartOnCrash()
    .WithUrlForEndpoint("http", url => url.DisplayText = "Explorer");

if (builder.Configuration.GetValue("Platform:SeedSamples", true) && !builder.ExecutionContext.IsPublishMode)
{
    // The platform CLI ingests the sample documents once the services answer, then exits (idempotent: same content, same document).
    builder.AddProject<Projects.Platform_Cli>("samples")
        .WithArgs("ingest", Path.Combine(builder.AppHostDirectory, "SampleDocuments"), "--wait")
        .WithReference(documents.GetEndpoint("grpc"))
        .WithAdminKey(access)
        .WaitFor(documents)
        .WaitFor(extraction);
}

builder.Build().Run();
return 0;
