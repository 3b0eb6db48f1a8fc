using Grpc.Core;
using Platform.Contracts.Rpc;

namespace Platform.Query.Services;

/// <summary>The NOT_FOUND answers only the query service gives.</summary>
internal static class QueryErrors
{
    /// <summary>For example: No entity named "Microsft". Did you mean: Microsoft, Microsoft AI?</summary>
    public static RpcException UnknownName(string name, IReadOnlyList<string> suggestions) => RpcErrors.NotFound(
        suggestions.Count == 0
            ? $"No entity named \"{TextRules.Echo(name)}\"."
            : $"No entity named \"{TextRules.Echo(name)}\". Did you mean: {string.Join(", ", suggestions)}?");
}
