using System.CommandLine;
using Platform.Cli.Infrastructure;
using Platform.Extraction.Engine.Chinese;
using Platform.Extraction.Engine.Latin;

namespace Platform.Cli.Commands;

/// <summary>
/// <c>platform train-tagger</c>: trains a sequence tagger (averaged perceptron) and writes the weights the engine
/// embeds, printing the held-out score: English (<c>--language en</c>, the default) on WikiANN + WNUT17, Chinese
/// (<c>--language zh</c>) on CLUENER2020 characters with every tenth sentence held out.
/// </summary>
internal static class TrainTaggerCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "NER data folder holding wikiann-en/ and wnut17/ (en) or cluener/ (zh).", Required = true };
        var language = new Option<string>("--language")
        {
            Description = "Which tagger: en (English words) or zh (Chinese characters).",
            DefaultValueFactory = _ => "en",
        };
        language.AcceptOnlyFromAmong("en", "zh");
        var output = new Option<FileInfo?>("--out")
        {
            Description = "Where to write the model (default: src/Platform.Extraction.Engine/Data/Latin/tagger.bin for en, Data/ChineseTagger/tagger-zh.bin for zh).",
        };
        var command = new Command("train-tagger", "Train the English or Chinese entity tagger and print its held-out score.") { data, language, output };
        command.SetAction(parseResult =>
        {
            var dataDir = parseResult.GetValue(data)!;
            if (!dataDir.Exists)
            {
                context.Console.RawError.WriteLine($"INVALID_ARGUMENT: data folder {dataDir.FullName} does not exist.");
                return ExitCodes.InvalidInput;
            }
            var chinese = parseResult.GetValue(language) == "zh";
            var outputPath = parseResult.GetValue(output)?.FullName ?? Path.Combine("src", "Platform.Extraction.Engine", "Data",
                chinese ? Path.Combine("ChineseTagger", "tagger-zh.bin") : Path.Combine("Latin", "tagger.bin"));
            if (chinese && !File.Exists(ChineseTaggerTraining.CorpusPath(dataDir.FullName)))
            {
                context.Console.RawError.WriteLine($"INVALID_ARGUMENT: {ChineseTaggerTraining.CorpusPath(dataDir.FullName)} does not exist.");
                return ExitCodes.InvalidInput;
            }
            var scores = chinese
                ? ChineseTaggerTraining.Run(dataDir.FullName, outputPath, context.Console.RawOut)
                : LatinTaggerTraining.Run(dataDir.FullName, outputPath, context.Console.RawOut);
            context.Console.RawOut.WriteLine(scores.Format());
            return ExitCodes.Success;
        });
        return command;
    }
}
