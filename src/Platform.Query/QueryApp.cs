using Platform.Query.Queries;
using Platform.Query.Services;
using Platform.Storage.Hosting;

namespace Platform.Query;

/// <summary>The query service host, shared by <c>Program.cs</c> and the integration tests.</summary>
public static class QueryApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        // Read-only: the document service owns the migrations; queries wait until they are applied.
        builder.AddPlatformDatabase(SchemaRole.WaitForMigrations);
        builder.Services.AddQueries();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGrpcService<QueryService>();
        return app;
    }
}
