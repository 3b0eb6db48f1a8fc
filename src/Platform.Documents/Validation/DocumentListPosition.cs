using System.Globalization;
using Platform.Contracts.Rpc;

namespace Platform.Documents.Validation;

/// <summary>
/// The position of a ListDocuments keyset page (newest first): the (created_at, id) of the last document
/// returned, carried in an opaque <see cref="PageTokens"/> token.
/// </summary>
internal readonly record struct DocumentListPosition(DateTimeOffset CreatedAt, Guid Id)
{
    private const string Scope = "ListDocuments";

    public string Encode()
    {
        var micros = (CreatedAt.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
        return PageTokens.Encode(Scope, string.Create(CultureInfo.InvariantCulture, $"{micros}|{Id:N}"));
    }

    /// <summary>Null for an empty token (the first page).</summary>
    public static DocumentListPosition? Decode(string token)
    {
        if (PageTokens.Decode(token, Scope) is not { } position)
        {
            return null;
        }
        var parts = position.Split('|');
        if (parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var micros)
            && micros is >= 0 and < 253_402_300_800_000_000 // before year 10000
            && Guid.TryParseExact(parts[1], "N", out var id))
        {
            return new DocumentListPosition(DateTimeOffset.UnixEpoch.AddTicks(micros * 10), id);
        }
        throw PageTokens.Invalid();
    }
}
