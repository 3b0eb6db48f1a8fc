using System.Security.Cryptography;
using System.Text;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// API keys look like <c>pk_&lt;id&gt;_&lt;secret&gt;</c>: the id finds the stored key, the secret proves it. The secret
/// is 32 random bytes, so a single SHA-256 is enough to keep at rest (there is no guessable password to stretch).
/// </summary>
public static class ApiKeyFormat
{
    private const string Prefix = "pk_";

    public static (string Secret, byte[] SecretHash) NewSecret()
    {
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (secret, Hash(secret));
    }

    public static string Key(long id, string secret) => $"{Prefix}{id}_{secret}";

    public static bool TryParse(string key, out long id, out string secret)
    {
        id = 0;
        secret = "";
        if (!key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var separator = key.IndexOf('_', Prefix.Length);
        if (separator < 0 || !long.TryParse(key.AsSpan(Prefix.Length, separator - Prefix.Length), System.Globalization.NumberStyles.None, null, out id))
        {
            return false;
        }
        secret = key[(separator + 1)..];
        return secret.Length > 0;
    }

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    public static bool Matches(string secret, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(secret), storedHash);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
