using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.Hosting;

public static class ServiceAddressConfigurationExtensions
{
    /// <summary>
    /// The address Aspire-style orchestration passes for another service:
    /// <c>services:{serviceName}:{endpoint}:0</c> (environment variable <c>services__{serviceName}__{endpoint}__0</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The setting is missing or not an absolute URI.</exception>
    public static Uri GetServiceAddress(this IConfiguration configuration, string serviceName, string endpoint = "grpc")
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[$"services:{serviceName}:{endpoint}:0"];
        var variable = $"services__{serviceName}__{endpoint}__0";
        if (string.IsNullOrWhiteSpace(value))
            throw new InvalidOperationException(
                $"The address of service '{serviceName}' is not configured. Set the environment variable {variable} (e.g. http://127.0.0.1:7102).");
        if (!Uri.TryCreate(value, UriKind.Absolute, out var address))
            throw new InvalidOperationException($"{variable} is '{value}', which is not an absolute URI such as http://127.0.0.1:7102.");
        return address;
    }
}
