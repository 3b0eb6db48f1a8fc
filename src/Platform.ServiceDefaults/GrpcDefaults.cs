using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The gRPC server every Platform service runs: message limits, the storage-failure and access interceptors, health and
/// reflection.
/// </summary>
public static class GrpcDefaults
{
    /// <summary>The platform's documented message limit, both ways (gRPC's default is 4 MB received).</summary>
    public const int MaxMessageBytes = 8 * 1024 * 1024;

    public static TBuilder AddGrpcDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddGrpc(options =>
        {
            options.MaxReceiveMessageSize = MaxMessageBytes;
            options.MaxSendMessageSize = MaxMessageBytes;
            options.Interceptors.Add<StorageFailureInterceptor>();
            options.Interceptors.Add<AccessInterceptor>();
        }).AddJsonTranscoding();
        builder.Services.Configure<AccessOptions>(builder.Configuration.GetSection(AccessOptions.SectionName));
        builder.Services.AddSingleton<ApiKeyGate>();
        builder.Services.AddSingleton<AccessInterceptor>(); // one for all calls: it holds the key cache and the limiters
        builder.Services.AddHostedService<AccessStartupLog>();
        // The HTTP/JSON routes the protos declare (google.api.http), described at /openapi/v1.json.
        builder.Services.AddGrpcSwagger();
        builder.Services.AddSwaggerGen(swagger => swagger.SwaggerDoc("v1", new() { Title = builder.Environment.ApplicationName, Version = "v1" }));
        // grpc.health.v1 reports every ASP.NET Core health check: NOT_SERVING while any is unhealthy.
        builder.Services.AddGrpcHealthChecks();
        builder.Services.AddGrpcReflection();
        // Last: each AddGrpc… above registers grpc-dotnet's binder again.
        StrictRequestDecoding.Use(builder.Services);

        // Plaintext gRPC needs HTTP/2-only endpoints; Kestrel:Endpoints:<name>:Protocols overrides it per endpoint
        // (the services' appsettings.json declare an Http2 "grpc" and an Http1 "http" endpoint).
        if (string.IsNullOrEmpty(builder.Configuration["Kestrel:EndpointDefaults:Protocols"]))
        {
            builder.Services.Configure<KestrelServerOptions>(kestrel =>
                kestrel.ConfigureEndpointDefaults(endpoint => endpoint.Protocols = HttpProtocols.Http2));
        }
        return builder;
    }

    /// <summary>grpc.health.v1.Health, server reflection (v1 and v1alpha) and the OpenAPI document of the JSON routes.</summary>
    public static WebApplication MapGrpcDefaults(this WebApplication app)
    {
        app.UseSwagger(swagger => swagger.RouteTemplate = "openapi/{documentName}.json");
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        return app;
    }
}
