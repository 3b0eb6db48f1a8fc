using Grpc.Core;

namespace Microsoft.Extensions.Hosting;

/// <summary>Who made a call, as the access check found: a key (its name and scope), or nobody when keys are not required.</summary>
public sealed record Caller(long? KeyId, string Name, AccessScope Scope)
{
    private const string UserStateKey = "platform.caller";

    public static Caller Anonymous { get; } = new(null, "anonymous", AccessScope.Admin);

    public static Caller Of(ServerCallContext context) =>
        context.UserState.TryGetValue(UserStateKey, out var caller) ? (Caller)caller : Anonymous;

    internal void AttachTo(ServerCallContext context) => context.UserState[UserStateKey] = this;
}
