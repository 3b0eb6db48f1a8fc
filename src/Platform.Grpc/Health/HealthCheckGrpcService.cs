using Grpc.AspNetCore.HealthChecks;
using Grpc.Core;
using Grpc.Health.V1;
using Microsoft.Extensions.Options;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Platform.Grpc.Health;

/// <summary>grpc.health.v1.Health backed by the application's ASP.NET Core health checks.</summary>
internal sealed class HealthCheckGrpcService(HealthStatusEvaluator evaluator, IOptions<GrpcHealthChecksOptions> options)
    : global::Grpc.Health.V1.Health.HealthBase
{
    public override async Task<HealthCheckResponse> Check(HealthCheckRequest request, ServerCallContext context)
    {
        var status = await evaluator.EvaluateAsync(request.Service, context.CancellationToken);
        if (status == ServingStatus.ServiceUnknown)
            throw new RpcException(new Status(StatusCode.NotFound, $"Service '{request.Service}' is unknown to the health service."));
        return new HealthCheckResponse { Status = status };
    }

    public override async Task Watch(HealthCheckRequest request, IServerStreamWriter<HealthCheckResponse> responseStream, ServerCallContext context)
    {
        ServingStatus? last = null;
        while (!context.CancellationToken.IsCancellationRequested)
        {
            var status = await evaluator.EvaluateAsync(request.Service, context.CancellationToken);
            if (status != last)
            {
                await responseStream.WriteAsync(new HealthCheckResponse { Status = status });
                last = status;
            }
            await Task.Delay(options.Value.WatchInterval, context.CancellationToken);
        }
    }
}
