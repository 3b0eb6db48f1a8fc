using System.Security.Cryptography;

namespace Platform.AppHost;

internal static class ServiceCredential
{
    private const string ParameterName = "service-key";

    /// <summary>
    /// The secret the document service sends with the internal <c>ExtractDocument</c> and the extraction service
    /// expects: new each run locally, the deployment's secret when published.
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddServiceKey(this IDistributedApplicationBuilder builder) =>
        builder.ExecutionContext.IsPublishMode
            ? builder.AddParameter(ParameterName, secret: true)
            : builder.AddParameter(ParameterName, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), secret: true);

    public static IResourceBuilder<ProjectResource> WithServiceKey(this IResourceBuilder<ProjectResource> project, IResourceBuilder<ParameterResource> key) =>
        project.WithEnvironment("Platform__Access__ServiceKey", key);
}
