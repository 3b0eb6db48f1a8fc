using System.Net;
using System.Net.Sockets;
using Grpc.Core;
using Platform.Cli.Infrastructure;

namespace Platform.Cli.Tests;

public sealed class ErrorReportTests
{
    [Theory]
    [InlineData(StatusCode.NotFound, "NOT_FOUND")]
    [InlineData(StatusCode.InvalidArgument, "INVALID_ARGUMENT")]
    [InlineData(StatusCode.DeadlineExceeded, "DEADLINE_EXCEEDED")]
    [InlineData(StatusCode.Unavailable, "UNAVAILABLE")]
    [InlineData(StatusCode.OK, "OK")]
    public void WireName_SpellsStatusCodesAsGrpcDoes(StatusCode code, string expected)
    {
        Assert.Equal(expected, ErrorReport.WireName(code));
    }

    [Fact]
    public void NotFound_IsPrintedWithCodeAndTheServicesSuggestions()
    {
        var error = new StringWriter();
        var console = CliConsole.ForWriters(TextWriter.Null, error);
        var endpoint = ServiceAddresses.Resolve(PlatformService.Query, null, _ => null);
        var failure = new ServiceCallException(endpoint, new RpcException(new Status(StatusCode.NotFound,
            "No entity named \"Microsft\". Did you mean: Microsoft, Microsoft AI?")));

        var exitCode = ErrorReport.Write(console.Error, failure);

        Assert.Equal(ExitCodes.NotFound, exitCode);
        Assert.Contains("NOT_FOUND: No entity named \"Microsft\". Did you mean: Microsoft, Microsoft AI?", error.ToString());
    }

    [Fact]
    public async Task Command_AgainstAnAddressWhereNothingListens_ReportsUnavailableWithTheAddressAndHowToStart()
    {
        var address = $"http://127.0.0.1:{UnusedPort()}";
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await PlatformCli.RunAsync(["entity", "Microsoft", "--query-address", address],
            CliConsole.ForWriters(output, error, width: 400), _ => null);

        var printed = error.ToString();
        Assert.Equal(ExitCodes.Unavailable, exitCode);
        Assert.Contains("UNAVAILABLE", printed);
        Assert.Contains(address, printed);
        Assert.Contains("--query-address", printed);
        Assert.Contains("dotnet run --project src/Platform.AppHost", printed);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task Command_WithAMalformedAddress_FailsAsUsageErrorBeforeAnyCall()
    {
        var error = new StringWriter();

        var exitCode = await PlatformCli.RunAsync(["search", "micro", "--query-address", "ftp://nowhere"],
            CliConsole.ForWriters(TextWriter.Null, error, width: 400), _ => null);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("--query-address \"ftp://nowhere\" is not a service address", error.ToString());
    }

    [Fact]
    public async Task TrainRelations_OnAFolderThatIsNotThere_SaysWhichFolderAndWritesNothing()
    {
        var error = new StringWriter();
        var model = Path.Combine(Path.GetTempPath(), $"relations-{Guid.NewGuid():N}.bin");

        var exitCode = await PlatformCli.RunAsync(["train-relations", "/nonexistent/articles", "--out", model],
            CliConsole.ForWriters(TextWriter.Null, error, width: 400), _ => null);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("INVALID_ARGUMENT: folder /nonexistent/articles does not exist", error.ToString());
        Assert.False(File.Exists(model));
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
