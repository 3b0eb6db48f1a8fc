namespace Platform.Query.Caching;

/// <summary><c>Platform:Query:Cache</c>: how much memory cached read answers may take.</summary>
internal sealed class ReadCacheOptions
{
    public const string Section = "Platform:Query:Cache";

    /// <summary>Serialized size of the cached answers, in MiB; the least recently used go first beyond it.</summary>
    public int MegaBytes { get; set; } = 64;
}
