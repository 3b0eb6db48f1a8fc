using Platform.Query.Caching;
using Platform.Query.Queries;
using Platform.Query.Services;
using Platform.Query.Watching;
using Platform.Storage.Hosting;

namespace Platform.Query;

/// <summary>The query service host, shared by <c>Program.cs</c> and the service tests.</summary>
public static class QueryApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddGrpcDefaults();
        builder.AddPlatformDatabase();
        builder.Services.AddQueries();
        builder.Services.AddReadCache(builder.Configuration);
        builder.Services.AddEntityWatches(builder.Configuration);

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGrpcDefaults();
        app.MapGrpcService<QueryService>();
        return app;
    }
}
