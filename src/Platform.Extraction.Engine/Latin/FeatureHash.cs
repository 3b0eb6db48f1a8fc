namespace Platform.Extraction.Engine.Latin;

/// <summary>64-bit FNV-1a hashes of (template, values) pairs: a feature is identified by its hash, never by a string.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(int template, int value) => Mix(Mix(Offset, template), value);

    public static ulong Of(int template, int a, int b) => Mix(Mix(Mix(Offset, template), a), b);

    public static ulong Of(int template, int a, int b, int c) => Mix(Mix(Mix(Mix(Offset, template), a), b), c);

    public static ulong Of(int template, string a) => Add(Mix(Offset, template), a);

    public static ulong Of(int template, string a, string b) => Add(Mix(Add(Mix(Offset, template), a), 0x1F), b);

    public static ulong Of(int template, string a, int value) => Mix(Add(Mix(Offset, template), a), value);

    public static ulong Prefix(int template, string a, int length) => Add(Mix(Offset, template), a.AsSpan(0, Math.Min(length, a.Length)));

    public static ulong Suffix(int template, string a, int length) => Add(Mix(Offset, template), a.AsSpan(Math.Max(0, a.Length - length)));

    private static ulong Mix(ulong hash, int value)
    {
        for (var k = 0; k < 4; k++)
        {
            hash = (hash ^ (byte)(value >> (8 * k))) * Prime;
        }

        return hash;
    }

    private static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash;
    }
}
