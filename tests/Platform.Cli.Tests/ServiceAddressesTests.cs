using Platform.Cli.Infrastructure;

namespace Platform.Cli.Tests;

public sealed class ServiceAddressesTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void Resolve_OptionGiven_WinsOverEnvironment()
    {
        var endpoint = ServiceAddresses.Resolve(PlatformService.Query, "http://10.0.0.5:9000",
            name => name == "services__query__grpc__0" ? "http://127.0.0.1:7777" : null);

        Assert.Equal(new Uri("http://10.0.0.5:9000"), endpoint.Address);
        Assert.Equal("--query-address", endpoint.Source);
    }

    [Fact]
    public void Resolve_NoOption_UsesAspireServiceVariable()
    {
        var endpoint = ServiceAddresses.Resolve(PlatformService.Documents, null,
            name => name == "services__documents__grpc__0" ? "http://127.0.0.1:7777" : null);

        Assert.Equal(new Uri("http://127.0.0.1:7777"), endpoint.Address);
        Assert.Equal("services__documents__grpc__0", endpoint.Source);
    }

    [Theory]
    [InlineData("Documents", "http://127.0.0.1:7101/")]
    [InlineData("Extraction", "http://127.0.0.1:7102/")]
    [InlineData("Query", "http://127.0.0.1:7103/")]
    public void Resolve_NothingConfigured_UsesLocalDefaultPort(string service, string expected)
    {
        var endpoint = ServiceAddresses.Resolve(Enum.Parse<PlatformService>(service), null, NoEnvironment);

        Assert.Equal(expected, endpoint.Address.ToString());
        Assert.Equal("default", endpoint.Source);
    }

    [Fact]
    public void Resolve_BareHostAndPort_IsTakenAsPlaintextHttp()
    {
        var endpoint = ServiceAddresses.Resolve(PlatformService.Query, "localhost:7200", NoEnvironment);

        Assert.Equal(new Uri("http://localhost:7200"), endpoint.Address);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:21")]
    [InlineData("http://")]
    public void Resolve_NotAnHttpAddress_FailsNamingTheOption(string value)
    {
        var ex = Assert.Throws<CliUsageException>(() => ServiceAddresses.Resolve(PlatformService.Query, value, NoEnvironment));

        Assert.Contains("--query-address", ex.Message);
        Assert.Contains(value, ex.Message);
    }
}
