using Platform.Cli.Infrastructure;
using Platform.Query.V1;

namespace Platform.Cli.Commands;

internal static class EntityResolver
{
    /// <summary>GetEntity by name: an unknown name fails with NOT_FOUND and the service's suggestions.</summary>
    public static async Task<Entity> ByNameAsync(CliSession session, string name, CancellationToken cancellationToken)
    {
        var response = await session.Query.CallAsync(client =>
            client.GetEntityAsync(new GetEntityRequest { Name = name }, cancellationToken: cancellationToken));
        return response.Entity;
    }
}
