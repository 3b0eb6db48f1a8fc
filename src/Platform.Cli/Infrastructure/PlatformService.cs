namespace Platform.Cli.Infrastructure;

internal enum PlatformService
{
    Documents,
    Extraction,
    Query,
}
