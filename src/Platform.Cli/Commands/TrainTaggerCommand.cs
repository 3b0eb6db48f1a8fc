using System.CommandLine;
using Platform.Cli.Infrastructure;
using Platform.Extraction.Engine.Latin;

namespace Platform.Cli.Commands;

/// <summary>
/// <c>platform train-tagger</c>: trains the English sequence tagger (averaged perceptron) on WikiANN + WNUT17 and
/// writes the weights the engine embeds, printing the held-out score.
/// </summary>
internal static class TrainTaggerCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "NER data folder holding wikiann-en/ and wnut17/.", Required = true };
        var output = new Option<FileInfo>("--out")
        {
            Description = "Where to write the model.",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("src", "Platform.Extraction.Engine", "Data", "Latin", "tagger.bin")),
        };
        var command = new Command("train-tagger", "Train the English entity tagger and print its held-out score.") { data, output };
        command.SetAction(parseResult =>
        {
            var dataDir = parseResult.GetValue(data)!;
            if (!dataDir.Exists)
            {
                context.Console.RawError.WriteLine($"INVALID_ARGUMENT: data folder {dataDir.FullName} does not exist.");
                return ExitCodes.InvalidInput;
            }
            var scores = LatinTaggerTraining.Run(dataDir.FullName, parseResult.GetValue(output)!.FullName, context.Console.RawOut);
            context.Console.RawOut.WriteLine(scores.Format());
            return ExitCodes.Success;
        });
        return command;
    }
}
