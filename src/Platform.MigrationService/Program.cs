using Platform.MigrationService;
using Platform.Storage;
using Platform.Storage.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.AddServiceDefaults();
builder.AddNpgsqlDbContext<PlatformDbContext>(PlatformDatabaseExtensions.ConnectionName);
builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddSource(MigrationWorker.ActivitySourceName));
builder.Services.AddHostedService<MigrationWorker>();

await builder.Build().RunAsync();
