using System.CommandLine;
using Platform.Cli.Infrastructure;
using Platform.Cli.Output;
using Platform.Curation.V1;

namespace Platform.Cli.Commands;

/// <summary>What every correction takes: why (required), who (the user by default) and whether to wait for it to reach the stored documents.</summary>
internal sealed class CurationOptions
{
    public Option<string> Reason { get; } = new("--reason", "-r")
    {
        Description = "Why: kept with the change for whoever reviews or undoes it.",
        Required = true,
    };

    public Option<string> Actor { get; } = new("--as")
    {
        Description = "Who makes the change (a name or an e-mail address); the login name by default.",
        HelpName = "who",
        DefaultValueFactory = _ => Environment.UserName,
    };

    public Option<bool> Wait { get; } = new("--wait", "-w")
    {
        Description = "Wait, with a progress bar, until the stored documents the change touches are extracted again.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Reason);
        command.Options.Add(Actor);
        command.Options.Add(Wait);
    }

    /// <summary>Sends the change, waits for it when asked, and prints it.</summary>
    public async Task<int> RunAsync(ParseResult parseResult, CliSession session, CancellationToken ct,
        Func<string, string, CurationService.CurationServiceClient, Grpc.Core.AsyncUnaryCall<Platform.Curation.V1.Curation>> send)
    {
        var actor = parseResult.GetRequiredValue(Actor);
        var reason = parseResult.GetRequiredValue(Reason);
        var curation = await session.Curation.CallAsync(client => send(actor, reason, client));
        if (parseResult.GetValue(Wait))
        {
            curation = await CurationView.WaitAsync(session, curation, ct);
        }
        if (session.Json)
        {
            JsonOutput.Write(session.Console, curation);
        }
        else
        {
            session.Console.Out.Write(CurationView.Render([curation], title: null));
        }
        return ExitCodes.Success;
    }
}
