using Grpc.Core;

namespace Platform.Query.Services;

/// <summary>The statuses this service fails with, each with a message a person can act on.</summary>
internal static class RpcErrors
{
    public static RpcException InvalidArgument(string message) => new(new Status(StatusCode.InvalidArgument, message));

    public static RpcException NotFound(string message) => new(new Status(StatusCode.NotFound, message));

    public static RpcException Unavailable(string message) => new(new Status(StatusCode.Unavailable, message));

    public static RpcException EntityNotFound(string entityId) => NotFound($"No entity with id \"{entityId}\".");

    public static RpcException DocumentNotFound(Guid documentId) => NotFound($"No document with id \"{documentId}\".");

    /// <summary>For example: No entity named "Microsft". Did you mean: Microsoft, Microsoft AI?</summary>
    public static RpcException UnknownName(string name, IReadOnlyList<string> suggestions) => NotFound(
        suggestions.Count == 0
            ? $"No entity named \"{name}\"."
            : $"No entity named \"{name}\". Did you mean: {string.Join(", ", suggestions)}?");
}
