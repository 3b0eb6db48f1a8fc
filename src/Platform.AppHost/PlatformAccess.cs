using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace Platform.AppHost;

/// <summary>
/// Who may call the services. <see cref="ServiceKey"/>: the secret the document service sends with the internal
/// <c>ExtractDocument</c> and the extraction service expects, new each run locally, the deployment's when published.
/// <see cref="AdminKey"/> and <see cref="Settings"/>: the operator's <c>Platform:Access:*</c> settings given to the
/// AppHost (<c>--Platform:Access:RequireApiKeys=true --Platform:Access:AdminKey=…</c>), passed on to every service.
/// </summary>
internal sealed record PlatformAccess(
    IResourceBuilder<ParameterResource> ServiceKey,
    IResourceBuilder<ParameterResource>? AdminKey,
    IReadOnlyList<KeyValuePair<string, string>> Settings);

internal static class PlatformAccessExtensions
{
    private const string Section = "Platform:Access";

    public static PlatformAccess AddPlatformAccess(this IDistributedApplicationBuilder builder)
    {
        var serviceKey = builder.ExecutionContext.IsPublishMode
            ? builder.AddParameter("service-key", secret: true)
            : builder.AddParameter("service-key", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), secret: true);
        var settings = builder.Configuration.GetSection(Section).GetChildren()
            .Where(s => !string.IsNullOrEmpty(s.Value))
            .ToList();
        var adminKeyValue = settings.FirstOrDefault(s => s.Key == "AdminKey")?.Value;
        if (adminKeyValue is null && builder.Configuration.GetValue<bool>($"{Section}:RequireApiKeys") && !builder.ExecutionContext.IsPublishMode)
        {
            // One setting turns keys on: the admin key that creates the others is then made for this run, and shown
            // once, as the dashboard's login token is.
            adminKeyValue = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            Console.WriteLine($"API keys are required. Admin key for this run (create lasting keys with it: platform keys create --api-key …): {adminKeyValue}");
        }
        var adminKey = adminKeyValue is null ? null : builder.AddParameter("admin-key", adminKeyValue, secret: true);
        return new PlatformAccess(serviceKey, adminKey,
            [.. settings.Where(s => s.Key is not ("AdminKey" or "ServiceKey")).Select(s => KeyValuePair.Create(s.Key, s.Value!))]);
    }

    /// <param name="internalRpc">The document and extraction services: they share the service credential.</param>
    public static IResourceBuilder<ProjectResource> WithPlatformAccess(this IResourceBuilder<ProjectResource> project, PlatformAccess access, bool internalRpc = false)
    {
        if (internalRpc)
        {
            project.WithEnvironment("Platform__Access__ServiceKey", access.ServiceKey);
        }
        if (access.AdminKey is not null)
        {
            project.WithEnvironment("Platform__Access__AdminKey", access.AdminKey);
        }
        foreach (var (key, value) in access.Settings)
        {
            project.WithEnvironment($"Platform__Access__{key}", value);
        }
        return project;
    }

    /// <summary>A client of the services (the sample documents' CLI): the operator's admin key, where one is given.</summary>
    public static IResourceBuilder<ProjectResource> WithAdminKey(this IResourceBuilder<ProjectResource> client, PlatformAccess access) =>
        access.AdminKey is null ? client : client.WithEnvironment("PLATFORM_API_KEY", access.AdminKey);
}
