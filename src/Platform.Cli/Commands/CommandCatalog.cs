using System.CommandLine;
using Platform.Cli.Infrastructure;

namespace Platform.Cli.Commands;

/// <summary>
/// The one place where commands are registered. A new command is a file in this folder with a static
/// <c>Create(CliContext)</c>, added to this list.
/// </summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext context) =>
    [
        IngestCommand.Create(context),
        DocsCommand.Create(context),
        DocCommand.Create(context),
        DeleteCommand.Create(context),
        EntityCommand.Create(context),
        SearchCommand.Create(context),
        MentionsCommand.Create(context),
        RelatedCommand.Create(context),
        TimelineCommand.Create(context),
        PathCommand.Create(context),
        NeighboursCommand.Create(context),
        WatchCommand.Create(context),
        MergeCommand.Create(context),
        SplitCommand.Create(context),
        RenameCommand.Create(context),
        BlockCommand.Create(context),
        UndoCommand.Create(context),
        CurationsCommand.Create(context),
        KeysCommand.Create(context),
        EvalCommand.Create(context),
        TrainTaggerCommand.Create(context),
        TrainRelationsCommand.Create(context),
    ];
}
