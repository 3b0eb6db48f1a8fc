namespace Platform.AppHost.Hosting.ApplicationModel;

/// <summary>A PostgreSQL server: a container when published, whatever server is available when run.</summary>
public sealed class PostgresServerResource(string name, ParameterResource password) : IResourceWithConnectionString
{
    public const int DefaultPort = 5432;
    public const string UserName = "postgres";

    public string Name { get; } = name;

    public ParameterResource Password { get; } = password;

    public string Image { get; set; } = "docker.io/library/postgres:17";

    public string? DataVolumeName { get; set; }

    public List<PostgresDatabaseResource> Databases { get; } = [];

    /// <summary>Set by the orchestrator once a server is provisioned.</summary>
    public string? RunConnectionString { get; internal set; }

    public ReferenceExpression ConnectionStringExpression => new(
        $"Host={{{Name}.bindings.tcp.host}};Port={{{Name}.bindings.tcp.port}};Username={UserName};Password={{{Password.Name}.value}}",
        () => RunConnectionString ?? throw new InvalidOperationException($"The '{Name}' server has not been started."));
}
