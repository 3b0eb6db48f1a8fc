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

    /// <summary>0 means the default; above the maximum is capped; negative is an error.</summary>
    public static int RequirePageSize(int requested, int defaultSize, int maxSize, string field = "page_size")
    {
        if (requested < 0)
        {
            throw RpcErrors.InvalidArgument($"{field} must be between 0 and {maxSize} (0 means {defaultSize}); got {requested}.");
        }
        return PageLimits.Resolve(requested, defaultSize, maxSize);
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

    /// <summary>The position a page token holds; 0 for no token.</summary>
    public static long RequirePageToken(string token, string scope) =>
        PageTokens.Decode(token, scope) switch
        {
            null => 0,
            var position when long.TryParse(position, out var value) && value >= 0 => value,
            _ => throw PageTokens.Invalid(),
        };
}
