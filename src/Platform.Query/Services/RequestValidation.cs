using Platform.Contracts.Rpc;
using Platform.Query.Queries;
using Platform.Query.V1;

namespace Platform.Query.Services;

/// <summary>Checks on request fields; each failure is INVALID_ARGUMENT naming the field.</summary>
internal static class RequestValidation
{
    public const int MaxTextLength = 500;

    public static void RequireShortText(string value, string field)
    {
        if (value.Length > MaxTextLength)
        {
            throw RpcErrors.InvalidArgument($"{field} is {value.Length} characters long; at most {MaxTextLength} are accepted.");
        }
        TextRules.RequireLine(value, field);
    }

    public static string RequireEntityId(string entityId, string field = "entity_id")
    {
        if (string.IsNullOrWhiteSpace(entityId))
        {
            throw RpcErrors.InvalidArgument($"{field} is required: find it with GetEntity or SearchEntities.");
        }
        RequireShortText(entityId, field);
        return entityId;
    }

    public static void RequireKnownType(EntityType type)
    {
        if (!Enum.IsDefined(type))
        {
            throw RpcErrors.InvalidArgument($"type {(int)type} is not an EntityType; use one of its values or leave it unspecified for any type.");
        }
    }

    /// <summary>Optional bounds on documents' dates: from inclusive, to exclusive; from must come first.</summary>
    public static (DateTimeOffset? From, DateTimeOffset? To) RequirePeriod(Google.Protobuf.WellKnownTypes.Timestamp? from, Google.Protobuf.WellKnownTypes.Timestamp? to)
    {
        DateTimeOffset? start = from?.ToDateTimeOffset(), end = to?.ToDateTimeOffset();
        if (start >= end)
        {
            throw RpcErrors.InvalidArgument($"from ({start:O}) must be before to ({end:O}); leave either unset for no bound.");
        }
        return (start, end);
    }

}
