using System.CommandLine;
using Platform.Cli.Infrastructure;
using Platform.Extraction.Engine.Chinese;
using Platform.Extraction.Engine.Pipeline.Relations.Learned;

namespace Platform.Cli.Commands;

/// <summary>
/// <c>platform train-relations</c>: trains the relation classifier on annotated documents, prints its cross-validated
/// relation score beside the cue patterns' alone, and writes the weights the engine embeds.
/// </summary>
internal static class TrainRelationsCommand
{
    public static Command Create(CliContext context)
    {
        var folders = new Argument<DirectoryInfo[]>("folders")
        {
            Description = "Folders of *.txt documents with *.json gold annotations beside them (default: the project's own articles).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<FileInfo?>("--out") { Description = $"Where to write the model (default: {RelationClassifierTraining.DefaultOutput})." };
        var command = new Command("train-relations", "Train the relation classifier on annotated documents and print its cross-validated score.") { folders, output };
        command.SetAction(parseResult =>
        {
            var given = parseResult.GetValue(folders) ?? [];
            var chosen = given.Length > 0 ? given : [new DirectoryInfo(Path.Combine("tests", "Platform.Extraction.Engine.Tests", "Pipeline", "UnseenArticles"))];
            if (chosen.FirstOrDefault(f => !f.Exists) is { } missing)
            {
                context.Console.RawError.WriteLine($"INVALID_ARGUMENT: folder {missing.FullName} does not exist.");
                return ExitCodes.InvalidInput;
            }
            var outputPath = parseResult.GetValue(output)?.FullName ?? RelationClassifierTraining.DefaultOutput;
            try
            {
                RelationClassifierTraining.Run(chosen.Select(f => f.FullName).ToList(), outputPath, context.Console.RawOut);
            }
            catch (LacModelNotFoundException ex)
            {
                context.Console.RawError.WriteLine($"FAILED_PRECONDITION: {ex.Message}");
                return ExitCodes.InvalidInput;
            }
            catch (FileNotFoundException ex)
            {
                context.Console.RawError.WriteLine($"INVALID_ARGUMENT: {ex.Message}");
                return ExitCodes.InvalidInput;
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
