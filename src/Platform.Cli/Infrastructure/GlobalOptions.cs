using System.CommandLine;

namespace Platform.Cli.Infrastructure;

/// <summary>Options every command accepts (recursive options on the root command).</summary>
internal sealed class GlobalOptions
{
    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Write machine-readable JSON to standard output instead of tables.",
        Recursive = true,
    };

    public const string ApiKeyEnvironmentVariable = "PLATFORM_API_KEY";

    public Option<string?> ApiKey { get; } = new("--api-key")
    {
        Description = $"The API key to send, where the services require one (default: ${ApiKeyEnvironmentVariable}).",
        HelpName = "key",
        Recursive = true,
    };

    public Option<string?> DocumentsAddress { get; } = AddressOption(PlatformService.Documents);
    public Option<string?> ExtractionAddress { get; } = AddressOption(PlatformService.Extraction);
    public Option<string?> QueryAddress { get; } = AddressOption(PlatformService.Query);

    public IEnumerable<Option> All => [Json, ApiKey, DocumentsAddress, ExtractionAddress, QueryAddress];

    public Option<string?> AddressOf(PlatformService service) => service switch
    {
        PlatformService.Documents => DocumentsAddress,
        PlatformService.Extraction => ExtractionAddress,
        PlatformService.Query => QueryAddress,
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    private static Option<string?> AddressOption(PlatformService service) => new(ServiceAddresses.OptionName(service))
    {
        Description = $"Address of the {service.ToString().ToLowerInvariant()} service " +
            $"(default: ${ServiceAddresses.EnvironmentVariable(service)}, else http://127.0.0.1:{ServiceAddresses.DefaultPort(service)}).",
        HelpName = "url",
        Recursive = true,
    };
}
