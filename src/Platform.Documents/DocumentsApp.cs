using Grpc.Net.Client.Balancer;
using Microsoft.Extensions.Options;
using Platform.Documents.Access;
using Platform.Documents.Curations;
using Platform.Documents.Dispatch;
using Platform.Documents.Persistence;
using Platform.Documents.Services;
using Platform.Extraction.V1;
using Platform.Storage.Hosting;

namespace Platform.Documents;

/// <summary>The document service host, shared by <c>Program.cs</c> and the service tests.</summary>
public static class DocumentsApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddGrpcDefaults();
        builder.AddPlatformDatabase();
        builder.Services.AddScoped<DocumentWriter>();
        builder.Services.AddScoped<DocumentReader>();
        builder.Services.AddScoped<CurationStore>();
        builder.Services.AddScoped<CurationReader>();
        builder.Services.AddScoped<ApiKeyStore>();

        builder.Services.Configure<DispatcherOptions>(builder.Configuration.GetSection(DispatcherOptions.SectionName));
        builder.Services.AddSingleton<DispatchSignal>();
        builder.Services.AddSingleton<JobQueue>();
        builder.Services.AddHostedService<ExtractionDispatcher>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ExtractionReachability>();
        builder.Services.Configure<IngestionOptions>(builder.Configuration.GetSection(IngestionOptions.SectionName));
        builder.Services.AddSingleton<ExtractionBacklog>();
        builder.Services.AddHostedService<ExtractionProbe>();
        builder.Services.AddHealthChecks().AddCheck<ExtractionHealthCheck>("extraction");
        var extraction = ExtractionAddress.From(builder.Configuration);
        builder.Services.AddSingleton<ResolverFactory>(new DnsResolverFactory(ExtractionAddress.DnsRefreshInterval));
        // ExtractDocument is internal: each call carries the service credential (Platform:Access:ServiceKey), if set.
        builder.Services.AddGrpcClient<ExtractionService.ExtractionServiceClient>(options => options.Address = extraction.Address)
            .AddCallCredentials((_, metadata, services) =>
            {
                if (services.GetRequiredService<IOptions<AccessOptions>>().Value.ServiceKey is { Length: > 0 } serviceKey)
                {
                    metadata.Add(AccessInterceptor.ServiceKeyHeader, serviceKey);
                }
                return Task.CompletedTask;
            })
            // gRPC sends call credentials only over TLS unless told otherwise; between the services the channel is plaintext
            // (on Kubernetes a network policy keeps everyone but the document service off extraction).
            .ConfigureChannel(channel =>
            {
                channel.UnsafeUseInsecureChannelCallCredentials = true;
                extraction.Configure(channel);
            });
        builder.Services.AddGrpcClient<Grpc.Health.V1.Health.HealthClient>(options => options.Address = extraction.Address)
            .ConfigureChannel(extraction.Configure);

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGrpcDefaults();
        app.MapGrpcService<DocumentService>();
        app.MapGrpcService<CurationService>();
        app.MapGrpcService<AccessService>();
        return app;
    }
}
