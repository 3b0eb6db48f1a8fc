using System.Globalization;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Microsoft.Extensions.Logging;
using Platform.Grpc.Protocol;

namespace Platform.Grpc.Server;

/// <summary>Runs one gRPC call on an HTTP request: protocol checks, deadline, and turning the outcome into a status.</summary>
internal sealed class GrpcCallHandler(GrpcServiceOptions options, ILogger logger)
{
    public async Task HandleAsync(HttpContext http, IMethod method, Func<HttpServerCallContext, Task> callBody)
    {
        var request = http.Request;
        var response = http.Response;
        if (!GrpcProtocol.IsGrpcContentType(request.ContentType))
        {
            response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            response.Headers[GrpcProtocol.StatusHeader] = ((int)StatusCode.Internal).ToString(CultureInfo.InvariantCulture);
            response.Headers[GrpcProtocol.MessageHeader] = $"Content-Type '{request.ContentType}' is not supported.";
            return;
        }
        if (!HttpProtocol.IsHttp2(request.Protocol))
        {
            response.StatusCode = StatusCodes.Status426UpgradeRequired;
            response.Headers.Connection = "Upgrade";
            response.Headers.Upgrade = "HTTP/2";
            return;
        }
        AllowLongRunningBody(http);
        response.ContentType = GrpcProtocol.ContentType;

        TimeSpan? timeout = GrpcTimeout.TryParse(request.Headers[GrpcProtocol.TimeoutHeader], out var parsed) ? parsed : null;
        using var call = new HttpServerCallContext(http, method, options, timeout);

        var encoding = request.Headers[GrpcProtocol.EncodingHeader].ToString();
        if (encoding.Length > 0 && !encoding.Equals(GrpcProtocol.IdentityEncoding, StringComparison.OrdinalIgnoreCase))
        {
            response.Headers[GrpcProtocol.AcceptEncodingHeader] = GrpcProtocol.IdentityEncoding;
            await call.CompleteAsync(new Status(StatusCode.Unimplemented,
                $"Unsupported grpc-encoding value '{encoding}'. Supported encodings: identity")).ConfigureAwait(false);
            return;
        }

        var status = await RunAsync(call, method, callBody).ConfigureAwait(false);
        if (status is { } final) await call.CompleteAsync(final).ConfigureAwait(false);
        await call.WaitForDeadlineCompletionAsync().ConfigureAwait(false);
    }

    /// <returns>The status to send, or null when nothing can be sent (the client is gone).</returns>
    private async Task<Status?> RunAsync(HttpServerCallContext call, IMethod method, Func<HttpServerCallContext, Task> callBody)
    {
        try
        {
            await callBody(call).ConfigureAwait(false);
            return call.Status;
        }
        catch (RpcException ex)
        {
            foreach (var entry in ex.Trailers) call.ResponseTrailers.Add(entry);
            return ex.Status;
        }
        catch (Exception ex) when (call.ClientAborted)
        {
            logger.LogDebug(ex, "gRPC call {GrpcMethod} was cancelled by the client.", method.FullName);
            return null;
        }
        catch (Exception ex) when (call.DeadlineReached)
        {
            logger.LogDebug(ex, "gRPC call {GrpcMethod} exceeded its deadline.", method.FullName);
            return HttpServerCallContext.DeadlineExceededStatus;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Error when executing gRPC method {GrpcMethod}.", method.FullName);
            var detail = options.EnableDetailedErrors == true
                ? $"Exception was thrown by handler. {ex.GetType().Name}: {ex.Message}"
                : "Exception was thrown by handler.";
            return new Status(StatusCode.Unknown, detail, ex);
        }
    }

    /// <summary>Streaming calls may be idle or large for long stretches; Kestrel's HTTP/1-minded limits must not cut them.</summary>
    private static void AllowLongRunningBody(HttpContext http)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } maxSize) maxSize.MaxRequestBodySize = null;
        if (http.Features.Get<IHttpMinRequestBodyDataRateFeature>() is { } minRate) minRate.MinDataRate = null;
    }
}
