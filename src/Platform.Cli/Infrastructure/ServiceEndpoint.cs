namespace Platform.Cli.Infrastructure;

/// <summary>A service address and where it came from (an option, an environment variable or the default).</summary>
internal sealed record ServiceEndpoint(PlatformService Service, Uri Address, string Source)
{
    public string Name => Service.ToString().ToLowerInvariant();
}
