using Platform.Documents.Dispatch;
using Platform.Documents.Persistence;
using Platform.Documents.Services;
using Platform.Extraction.V1;
using Platform.Storage.Hosting;

namespace Platform.Documents;

/// <summary>The document service host, shared by <c>Program.cs</c> and the integration tests.</summary>
public static class DocumentsApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        // Schema first: this service applies the migrations; RPCs and the dispatcher wait for them, health says NOT_SERVING until then.
        builder.AddPlatformDatabase(SchemaRole.Migrate);
        builder.Services.AddScoped<DocumentWriter>();
        builder.Services.AddScoped<DocumentReader>();

        builder.Services.Configure<DispatcherOptions>(builder.Configuration.GetSection(DispatcherOptions.SectionName));
        builder.Services.AddSingleton<DispatchSignal>();
        builder.Services.AddSingleton<JobQueue>();
        builder.Services.AddHostedService<ExtractionDispatcher>();
        builder.Services.AddGrpcClient<ExtractionService.ExtractionServiceClient>(options =>
            options.Address = builder.Configuration.GetServiceAddress("extraction"));

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGrpcService<DocumentService>();
        return app;
    }
}
