using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Platform.AppHost.Hosting.ApplicationModel;

namespace Platform.AppHost.Hosting.Publishing;

/// <summary>Writes the application model in Aspire's deployment manifest format (schema aspire-8.0).</summary>
public static class ManifestPublisher
{
    public const string SchemaUrl = "https://json.schemastore.org/aspire-8.0.json";
    public const string PostgresDataPath = "/var/lib/postgresql/data";

    public static async Task WriteAsync(IEnumerable<IResource> resources, string outputPath, CancellationToken cancellationToken = default)
    {
        var fullPath = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var json = Render(resources, Path.GetDirectoryName(fullPath)!);
        await File.WriteAllTextAsync(fullPath, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
    }

    /// <summary>The manifest text; project paths are written relative to <paramref name="manifestDirectory"/>.</summary>
    public static string Render(IEnumerable<IResource> resources, string manifestDirectory)
    {
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUrl);
            writer.WriteStartObject("resources");
            foreach (var resource in resources)
            {
                writer.WriteStartObject(resource.Name);
                switch (resource)
                {
                    case ParameterResource parameter: WriteParameter(writer, parameter); break;
                    case PostgresServerResource server: WritePostgresContainer(writer, server); break;
                    case PostgresDatabaseResource database: WriteConnectionStringValue(writer, database); break;
                    case ProjectResource project: WriteProject(writer, project, manifestDirectory); break;
                    default: throw new NotSupportedException($"Resource '{resource.Name}' of type {resource.GetType().Name} has no manifest form.");
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteParameter(Utf8JsonWriter writer, ParameterResource parameter)
    {
        writer.WriteString("type", "parameter.v0");
        writer.WriteString("value", $"{{{parameter.Name}.inputs.value}}");
        writer.WriteStartObject("inputs");
        writer.WriteStartObject("value");
        writer.WriteString("type", "string");
        writer.WriteBoolean("secret", parameter.Secret);
        writer.WriteStartObject("default");
        writer.WriteStartObject("generate");
        writer.WriteNumber("minLength", parameter.GeneratedMinLength);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WritePostgresContainer(Utf8JsonWriter writer, PostgresServerResource server)
    {
        var password = server.Password.ValueExpression.ManifestExpression;
        writer.WriteString("type", "container.v0");
        writer.WriteString("connectionString", server.ConnectionStringExpression.ManifestExpression);
        writer.WriteString("image", server.Image);
        if (server.DataVolumeName is not null)
        {
            writer.WriteStartArray("volumes");
            writer.WriteStartObject();
            writer.WriteString("name", server.DataVolumeName);
            writer.WriteString("target", PostgresDataPath);
            writer.WriteBoolean("readOnly", false);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteStartObject("env");
        writer.WriteString("POSTGRES_HOST_AUTH_METHOD", "scram-sha-256");
        writer.WriteString("POSTGRES_INITDB_ARGS", "--auth-host=scram-sha-256 --auth-local=scram-sha-256");
        writer.WriteString("POSTGRES_USER", PostgresServerResource.UserName);
        writer.WriteString("POSTGRES_PASSWORD", password);
        writer.WriteEndObject();

        writer.WriteStartObject("bindings");
        WriteBinding(writer, new EndpointAnnotation("tcp", Port: null, PostgresServerResource.DefaultPort, Scheme: "tcp", Transport: "tcp"));
        writer.WriteEndObject();
    }

    private static void WriteConnectionStringValue(Utf8JsonWriter writer, PostgresDatabaseResource database)
    {
        writer.WriteString("type", "value.v0");
        writer.WriteString("connectionString", database.ConnectionStringExpression.ManifestExpression);
    }

    private static void WriteProject(Utf8JsonWriter writer, ProjectResource project, string manifestDirectory)
    {
        writer.WriteString("type", "project.v0");
        writer.WriteString("path", Path.GetRelativePath(manifestDirectory, project.ProjectPath).Replace('\\', '/'));
        writer.WriteStartObject("env");
        foreach (var (name, value) in project.Environment)
        {
            writer.WriteString(name, value.ManifestExpression);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("bindings");
        foreach (var endpoint in project.Endpoints)
        {
            WriteBinding(writer, endpoint);
        }

        writer.WriteEndObject();
    }

    private static void WriteBinding(Utf8JsonWriter writer, EndpointAnnotation endpoint)
    {
        writer.WriteStartObject(endpoint.Name);
        writer.WriteString("scheme", endpoint.Scheme);
        writer.WriteString("protocol", endpoint.Protocol);
        writer.WriteString("transport", endpoint.Transport);
        if (endpoint.Port is { } port)
        {
            writer.WriteNumber("port", port);
        }

        if (endpoint.TargetPort is { } targetPort)
        {
            writer.WriteNumber("targetPort", targetPort);
        }

        writer.WriteEndObject();
    }
}
