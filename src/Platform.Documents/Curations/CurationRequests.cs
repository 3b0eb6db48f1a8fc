using Platform.Contracts.Rpc;

namespace Platform.Documents.Curations;

/// <summary>Who makes a change and why: both required, since the record is what lets a change be judged and undone.</summary>
internal sealed record Author(string Actor, string Reason);

/// <summary>Checks on curation request fields; each failure is INVALID_ARGUMENT naming the field.</summary>
internal static class CurationRequests
{
    public const int MaxActorLength = 200, MaxNameLength = 200, MaxReasonLength = 1000;

    public static Author RequireAuthor(string actor, string reason) => new(
        RequireText(actor, "actor", MaxActorLength, "say who makes the change (a name or an e-mail address)"),
        RequireText(reason, "reason", MaxReasonLength, "say why, for whoever reviews or undoes the change"));

    public static string RequireEntityId(string entityId, string field) =>
        RequireText(entityId, field, MaxNameLength, "find the entity's id with GetEntity or SearchEntities");

    public static string RequireName(string name, string field) =>
        RequireText(name, field, MaxNameLength, "give the name as it should read");

    private static string RequireText(string value, string field, int maxLength, string hint)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            throw RpcErrors.InvalidArgument($"{field} is required: {hint}.");
        }
        if (trimmed.Length > maxLength)
        {
            throw RpcErrors.InvalidArgument($"{field} is {trimmed.Length} characters long; at most {maxLength} are accepted.");
        }
        TextRules.RequireLine(trimmed, field);
        return trimmed;
    }
}
