using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Hosting;

/// <summary>What every Platform service shares, after Aspire's ServiceDefaults.</summary>
public static class ServiceDefaultsExtensions
{
    public const int MaxMessageBytes = 8 * 1024 * 1024;

    private const string LiveTag = "live";

    /// <summary>
    /// Single-line timestamped console logs, health checks, the gRPC server with health and reflection services,
    /// and HTTP/2-only (h2c) Kestrel endpoints unless <c>Kestrel:EndpointDefaults:Protocols</c> says otherwise.
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            console.UseUtcTimestamp = true;
        });
        // Per-request chatter stays out of the console unless configured (Logging:LogLevel:<category>). Unhealthy
        // checks while the database migrates, and EF probing for its history table before the first migration,
        // are expected at start-up: the services log what they wait for themselves, and health reports it.
        foreach (var (category, level) in new[]
        {
            ("Microsoft.AspNetCore", LogLevel.Warning),
            ("System.Net.Http.HttpClient", LogLevel.Warning),
            ("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical),
            ("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.Critical),
        })
        {
            if (builder.Configuration[$"Logging:LogLevel:{category}"] is null)
            {
                builder.Logging.AddFilter(category, level);
            }
        }

        // The platform's documented message limit, both ways (gRPC's default is 4 MB received).
        builder.Services.AddGrpc(options =>
        {
            options.MaxReceiveMessageSize = MaxMessageBytes;
            options.MaxSendMessageSize = MaxMessageBytes;
        });
        builder.Services.AddGrpcHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        builder.Services.AddGrpcReflection();

        if (string.IsNullOrEmpty(builder.Configuration["Kestrel:EndpointDefaults:Protocols"]))
        {
            builder.Services.Configure<KestrelServerOptions>(kestrel =>
                kestrel.ConfigureEndpointDefaults(endpoint => endpoint.Protocols = HttpProtocols.Http2));
        }
        return builder;
    }

    /// <summary>Maps grpc.health.v1.Health and server reflection (v1 and v1alpha).</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        return app;
    }
}
