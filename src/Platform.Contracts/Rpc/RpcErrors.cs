using Grpc.Core;

namespace Platform.Contracts.Rpc;

/// <summary>The statuses the services fail with, each with a message a person can act on.</summary>
public static class RpcErrors
{
    public static RpcException InvalidArgument(string message) => new(new Status(StatusCode.InvalidArgument, message));

    public static RpcException NotFound(string message) => new(new Status(StatusCode.NotFound, message));

    public static RpcException FailedPrecondition(string message) => new(new Status(StatusCode.FailedPrecondition, message));

    public static RpcException ResourceExhausted(string message) => new(new Status(StatusCode.ResourceExhausted, message));

    public static RpcException Unavailable(string message) => new(new Status(StatusCode.Unavailable, message));

    /// <param name="field">The request field that named the entity, when the request names several.</param>
    public static RpcException EntityNotFound(string entityId, string? field = null) => NotFound(
        $"{(field is null ? "" : field + ": ")}No entity with id \"{TextRules.Echo(entityId)}\"; find its id with GetEntity or SearchEntities.");

    public static RpcException DocumentNotFound(Guid documentId) => NotFound($"No document with id \"{documentId}\".");
}
