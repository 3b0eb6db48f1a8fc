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

    /// <summary>
    /// By id first, then by name: an entity merged into another is no longer found by its names, and one made by a
    /// split is named like the entity it came from.
    /// </summary>
    public static async Task<Entity> ByIdOrNameAsync(CliSession session, string idOrName, CancellationToken cancellationToken)
    {
        try
        {
            var response = await session.Query.CallAsync(client =>
                client.GetEntityAsync(new GetEntityRequest { EntityId = idOrName }, cancellationToken: cancellationToken));
            return response.Entity;
        }
        catch (ServiceCallException ex) when (ex.StatusCode is Grpc.Core.StatusCode.NotFound or Grpc.Core.StatusCode.InvalidArgument)
        {
            return await ByNameAsync(session, idOrName, cancellationToken);
        }
    }
}
