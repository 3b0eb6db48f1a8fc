using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Grpc.Core;

namespace Platform.Documents.Validation;

/// <summary>
/// The opaque position of a keyset page (newest first): the (created_at, id) of the last document
/// returned. Clients must not build or parse it.
/// </summary>
internal readonly record struct PageToken(DateTimeOffset CreatedAt, Guid Id)
{
    private const string Version = "d1";

    public string Encode()
    {
        var micros = (CreatedAt.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{Version}|{micros}|{Id:N}")));
    }

    /// <summary>Null for an empty token (the first page).</summary>
    public static PageToken? Decode(string token)
    {
        if (token.Length == 0)
        {
            return null;
        }
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('|');
            if (parts.Length == 3 && parts[0] == Version
                && long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var micros)
                && Guid.TryParseExact(parts[2], "N", out var id))
            {
                return new PageToken(DateTimeOffset.UnixEpoch.AddTicks(micros * 10), id);
            }
        }
        catch (FormatException)
        {
        }
        catch (ArgumentOutOfRangeException)
        {
        }
        throw new RpcException(new Status(StatusCode.InvalidArgument,
            "page_token is not valid; pass the next_page_token of a previous ListDocuments response, or empty for the first page."));
    }
}
