using Platform.Extraction.Engine;
using Platform.Extraction.Persistence;
using Platform.Extraction.Services;
using Platform.Storage.Hosting;

namespace Platform.Extraction;

/// <summary>The extraction service host, shared by <c>Program.cs</c> and the service tests.</summary>
public static class ExtractionApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddGrpcDefaults();
        builder.AddPlatformDatabase();
        // Loads its models once; thread-safe.
        builder.Services.AddSingleton(_ => ExtractionEngine.CreateDefault());
        builder.Services.AddScoped<ExtractionResultWriter>();
        builder.Services.AddScoped<StoredEntityLinker>();

        var app = builder.Build();
        // Load the models now: a missing language resource (LAC-small from python3-jieba) fails start-up
        // with its message instead of failing the first request.
        app.Services.GetRequiredService<IEntityExtractor>();
        app.MapDefaultEndpoints();
        app.MapGrpcDefaults();
        app.MapGrpcService<ExtractionService>();
        return app;
    }
}
