namespace Platform.AppHost.Hosting.ApplicationModel;

/// <summary>A named part of the distributed application (a container, a project, a value).</summary>
public interface IResource
{
    string Name { get; }
}

/// <summary>A resource other resources reach through a connection string (<c>ConnectionStrings__{Name}</c>).</summary>
public interface IResourceWithConnectionString : IResource
{
    ReferenceExpression ConnectionStringExpression { get; }
}
