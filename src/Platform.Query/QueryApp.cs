using Platform.Query.Queries;
using Platform.Query.Services;
using Platform.Storage.Hosting;
using Platform.Storage;

namespace Platform.Query;

/// <summary>The query service host, shared by <c>Program.cs</c> and the integration tests.</summary>
public static class QueryApp
{
    private const int MaxMessageBytes = 8 * 1024 * 1024;

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddNpgsqlDbContext<PlatformDbContext>("platformdb");
        builder.Services.AddGrpc(options =>
        {
            options.MaxReceiveMessageSize = MaxMessageBytes;
            options.MaxSendMessageSize = MaxMessageBytes;
        });

        // Read-only: the document service owns the migrations; queries wait until they are applied.
        builder.AddSchemaStartup(SchemaRole.WaitForMigrations);

        builder.Services.AddQueries();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGrpcService<QueryService>();
        return app;
    }
}
