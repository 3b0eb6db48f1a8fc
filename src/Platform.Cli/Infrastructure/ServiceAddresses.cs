namespace Platform.Cli.Infrastructure;

/// <summary>
/// Resolves a service address: the command-line option, else the Aspire-style variable
/// <c>services__&lt;name&gt;__grpc__0</c>, else the local default port.
/// </summary>
internal static class ServiceAddresses
{
    public static int DefaultPort(PlatformService service) => service switch
    {
        PlatformService.Documents => 7101,
        PlatformService.Extraction => 7102,
        PlatformService.Query => 7103,
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    public static string OptionName(PlatformService service) => $"--{service.ToString().ToLowerInvariant()}-address";

    public static string EnvironmentVariable(PlatformService service) =>
        $"services__{service.ToString().ToLowerInvariant()}__grpc__0";

    public static ServiceEndpoint Resolve(PlatformService service, string? optionValue, Func<string, string?> environment)
    {
        if (!string.IsNullOrWhiteSpace(optionValue))
        {
            return new ServiceEndpoint(service, Parse(optionValue, OptionName(service)), OptionName(service));
        }
        var variable = EnvironmentVariable(service);
        var fromEnvironment = environment(variable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return new ServiceEndpoint(service, Parse(fromEnvironment, variable), variable);
        }
        return new ServiceEndpoint(service, new Uri($"http://127.0.0.1:{DefaultPort(service)}"), "default");
    }

    /// <summary>Accepts "http(s)://host:port" or a bare "host:port" (taken as plaintext http).</summary>
    private static Uri Parse(string value, string source)
    {
        var text = value.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "http://" + text;
        }
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }
        throw new CliUsageException($"{source} \"{value}\" is not a service address; use the form http://127.0.0.1:7103.");
    }
}
