using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Contracts.Rpc;

/// <summary>
/// Opaque continuation tokens for every paged RPC: a position plus a fingerprint of the request it belongs to, so a
/// token reused with a different request is rejected instead of silently paging through the wrong results.
/// Clients must not build or parse them.
/// </summary>
public static class PageTokens
{
    private const string Version = "p1";
    private const int MaxTokenLength = 400;

    /// <param name="scope">What identifies the request's result set (the RPC and its filters, not the page size).</param>
    /// <param name="position">Where the next page starts, in the service's own terms.</param>
    public static string Encode(string scope, string position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Version}.{Fingerprint(scope)}.{position}"));

    /// <summary>The position the token holds; null for an empty token (the first page).</summary>
    /// <exception cref="Grpc.Core.RpcException">INVALID_ARGUMENT: the token is malformed or belongs to another request.</exception>
    public static string? Decode(string token, string scope)
    {
        if (token.Length == 0)
        {
            return null;
        }
        if (token.Length <= MaxTokenLength && Base64Url.IsValid(token))
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('.', 3);
            if (parts.Length == 3 && parts[0] == Version && parts[1] == Fingerprint(scope) && parts[2].Length > 0)
            {
                return parts[2];
            }
        }
        throw Invalid();
    }

    /// <summary>INVALID_ARGUMENT for a token that does not hold a position this request can use.</summary>
    public static Grpc.Core.RpcException Invalid() => RpcErrors.InvalidArgument(
        "page_token is not valid for this request: pass the next_page_token of the previous page of the same query, or none to start over.");

    private static string Fingerprint(string scope) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scope)), 0, 6);
}
