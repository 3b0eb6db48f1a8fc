namespace Platform.AppHost.Hosting.ApplicationModel;

/// <summary>A database on a <see cref="PostgresServerResource"/>; its name is the connection string name.</summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource parent) : IResourceWithConnectionString
{
    public string Name { get; } = name;

    public string DatabaseName { get; } = databaseName;

    public PostgresServerResource Parent { get; } = parent;

    /// <summary>Set by the orchestrator: the configured connection string, or the provisioned server's plus this database.</summary>
    public string? RunConnectionString { get; internal set; }

    public ReferenceExpression ConnectionStringExpression => new(
        $"{{{Parent.Name}.connectionString}};Database={DatabaseName}",
        () => RunConnectionString ?? throw new InvalidOperationException($"The '{Name}' database has not been provisioned."));
}
