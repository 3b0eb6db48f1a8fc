using System.CommandLine;
using Platform.LoadHarness;

var options = new LoadOptions();
var root = new RootCommand("Platform's load harness: a generated corpus ingested, every read RPC driven, each beside its ceilings.");
foreach (var option in options.All)
{
    root.Options.Add(option);
}
root.SetAction((parseResult, cancellationToken) => new LoadRun(options, parseResult).RunAsync(cancellationToken));
return await root.Parse(args).InvokeAsync();
