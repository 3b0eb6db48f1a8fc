using System.CommandLine;
using Platform.LoadHarness;
using Spectre.Console;

if (Console.IsOutputRedirected)
{
    // A log file gets plain text (no escape codes, no live progress) with the tables whole, not folded at 80 columns.
    AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    });
    AnsiConsole.Profile.Width = 160;
}

var options = new LoadOptions();
var root = new RootCommand("Platform's load harness: a generated corpus ingested, every read RPC driven, each beside its ceilings.");
foreach (var option in options.All)
{
    root.Options.Add(option);
}
root.SetAction((parseResult, cancellationToken) => new LoadRun(options, parseResult).RunAsync(cancellationToken));
return await root.Parse(args).InvokeAsync();
