using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Query.Queries;

/// <summary>
/// An opaque continuation token: a position plus a fingerprint of the request it belongs to, so a token
/// reused with a different query is rejected instead of silently paging through the wrong results.
/// </summary>
internal static class PageToken
{
    private const string Version = "v1";

    public static string Encode(string scope, long position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Version}.{Fingerprint(scope)}.{position}"));

    public static bool TryDecode(string token, string scope, [NotNullWhen(true)] out long? position)
    {
        position = null;
        if (token.Length > 200 || !Base64Url.IsValid(token))
        {
            return false;
        }
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            return false;
        }
        var parts = text.Split('.');
        if (parts.Length != 3 || parts[0] != Version || parts[1] != Fingerprint(scope)
            || !long.TryParse(parts[2], out var value) || value < 0)
        {
            return false;
        }
        position = value;
        return true;
    }

    private static string Fingerprint(string scope) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scope)), 0, 6);
}
