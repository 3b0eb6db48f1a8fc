using System.CommandLine;
using Platform.Cli.Commands;
using Platform.Cli.Infrastructure;

namespace Platform.Cli;

/// <summary>The <c>platform</c> command line: builds the command tree and runs it.</summary>
public static class PlatformCli
{
    public static RootCommand BuildRootCommand(CliConsole console, Func<string, string?>? environment = null)
    {
        var context = new CliContext(console, environment ?? Environment.GetEnvironmentVariable);
        var root = new RootCommand("Platform: ingest Chinese/English documents and explore the entities found in them.");
        foreach (var option in context.Options.All)
        {
            root.Options.Add(option);
        }
        foreach (var command in CommandCatalog.Create(context))
        {
            root.Subcommands.Add(command);
        }
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliConsole console, Func<string, string?>? environment = null)
    {
        var root = BuildRootCommand(console, environment);
        var parseResult = root.Parse(args);
        return await parseResult.InvokeAsync(new InvocationConfiguration
        {
            Output = console.RawOut,
            Error = console.RawError,
        });
    }
}
