using System.CommandLine;
using Platform.LoadHarness;
using Spectre.Console;

if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = 160; // a log file keeps the tables whole instead of wrapping them at 80 columns
}

var options = new LoadOptions();
var root = new RootCommand("Platform's load harness: a generated corpus ingested, every read RPC driven, each beside its ceilings.");
foreach (var option in options.All)
{
    root.Options.Add(option);
}
root.SetAction((parseResult, cancellationToken) => new LoadRun(options, parseResult).RunAsync(cancellationToken));
return await root.Parse(args).InvokeAsync();
