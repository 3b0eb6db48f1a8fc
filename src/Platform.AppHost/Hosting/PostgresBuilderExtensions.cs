using System.Security.Cryptography;
using Platform.AppHost.Hosting.ApplicationModel;

namespace Platform.AppHost.Hosting;

public static class PostgresBuilderExtensions
{
    private const int GeneratedPasswordLength = 22;

    /// <summary>
    /// Adds a PostgreSQL server with a generated secret password parameter <c>{name}-password</c>
    /// (override with <c>Parameters:{name}-password</c>). The image is <c>Postgres:Image</c> when configured.
    /// </summary>
    public static IResourceBuilder<PostgresServerResource> AddPostgres(this DistributedApplicationBuilder builder, string name)
    {
        var passwordName = $"{name}-password";
        var password = new ParameterResource(passwordName, secret: true, GeneratedPasswordLength,
            () => builder.Configuration[$"Parameters:{passwordName}"] ?? LoadOrCreatePassword(builder.Paths, passwordName));
        builder.AddResource(password);

        var server = new PostgresServerResource(name, password);
        if (builder.Configuration["Postgres:Image"] is { Length: > 0 } image)
        {
            server.Image = image;
        }

        return builder.AddResource(server);
    }

    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(this IResourceBuilder<PostgresServerResource> builder, string name, string? databaseName = null)
    {
        var database = new PostgresDatabaseResource(name, databaseName ?? name, builder.Resource);
        builder.Resource.Databases.Add(database);
        return builder.ApplicationBuilder.AddResource(database);
    }

    /// <summary>Keeps the server's data in a named volume (container) so it survives restarts.</summary>
    public static IResourceBuilder<PostgresServerResource> WithDataVolume(this IResourceBuilder<PostgresServerResource> builder, string volumeName)
    {
        builder.Resource.DataVolumeName = volumeName;
        return builder;
    }

    // A data volume keeps the password it was initialised with, so the generated one must survive restarts too.
    private static string LoadOrCreatePassword(AppHostPaths paths, string parameterName)
    {
        var file = Path.Combine(paths.DataDirectory, parameterName);
        if (File.Exists(file))
        {
            return File.ReadAllText(file).Trim();
        }

        Directory.CreateDirectory(paths.DataDirectory);
        var password = RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", GeneratedPasswordLength);
        File.WriteAllText(file, password);
        return password;
    }
}
