namespace Platform.Contracts.Rpc;

/// <summary>The checks of every paged or bounded RPC's size field and page token.</summary>
public static class Paging
{
    /// <summary>0 means the default; above the maximum is capped; negative is INVALID_ARGUMENT.</summary>
    public static int RequirePageSize(int requested, int defaultSize, int maxSize, string field = "page_size")
    {
        if (requested < 0)
        {
            throw RpcErrors.InvalidArgument($"{field} must be between 0 and {maxSize} (0 means {defaultSize}); got {requested}.");
        }
        return requested == 0 ? defaultSize : Math.Min(requested, maxSize);
    }

    /// <summary>The position a page token holds (at least <paramref name="minimum"/>); 0 for no token.</summary>
    public static long RequirePageToken(string token, string scope, long minimum = 0) =>
        PageTokens.Decode(token, scope) switch
        {
            null => 0,
            var position when long.TryParse(position, out var value) && value >= minimum => value,
            _ => throw PageTokens.Invalid(),
        };
}
