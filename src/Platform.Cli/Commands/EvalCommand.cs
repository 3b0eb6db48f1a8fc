using System.CommandLine;
using Platform.Cli.Infrastructure;
using Platform.Extraction.Engine;
using Platform.Extraction.Engine.Chinese;
using Platform.Extraction.Engine.Evaluation;
using Platform.Extraction.Engine.Latin;

namespace Platform.Cli.Commands;

/// <summary>
/// <c>platform eval &lt;folder&gt;</c>: runs the extraction engine in process over a folder of documents with gold
/// annotations beside them, writes predictions in the format of the corpus's score.py, and prints the entity
/// score, the relation score, and on the English and Chinese taggers' held-out splits the taggers' scores and the whole
/// engine's beside them (<see cref="HeldOutEngineScores"/>); with <c>--challenge</c>, also the
/// score on a relation challenge set (tests/Platform.Extraction.Engine.Tests/Pipeline/RelationChallenge/relation-challenge.txt).
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "Folder of *.txt documents with *.json gold files beside them." };
        var predictions = new Option<FileInfo>("--predictions") { Description = "Where to write the predictions (default: predictions.json in the temp folder)." };
        var nerData = new Option<DirectoryInfo?>("--ner-data") { Description = "NER data folder for the tagger's held-out score (default: ../../data/ner from the folder, if present)." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List misses and false positives per document." };
        var challenge = new Option<FileInfo?>("--challenge") { Description = "A relation challenge set to score as well (one text per '> ' line, '+'/'-' relations)." };
        var command = new Command("eval", "Score the extraction engine on annotated documents.") { folder, predictions, nerData, verbose, challenge };
        command.SetAction(parseResult =>
        {
            var documents = parseResult.GetValue(folder)!;
            if (!documents.Exists)
            {
                context.Console.RawError.WriteLine($"INVALID_ARGUMENT: folder {documents.FullName} does not exist.");
                return ExitCodes.InvalidInput;
            }
            IEntityExtractor engine;
            try
            {
                engine = ExtractionEngine.CreateDefault();
            }
            catch (LacModelNotFoundException ex)
            {
                context.Console.RawError.WriteLine($"FAILED_PRECONDITION: {ex.Message}");
                return ExitCodes.InvalidInput;
            }

            var output = context.Console.RawOut;
            var predictionsPath = parseResult.GetValue(predictions)?.FullName ?? Path.Combine(Path.GetTempPath(), "predictions.json");
            new EvaluationRunner(engine, output).Run(documents.FullName, predictionsPath, parseResult.GetValue(verbose));
            if (parseResult.GetValue(challenge) is { } challengeFile)
            {
                if (!challengeFile.Exists)
                {
                    context.Console.RawError.WriteLine($"INVALID_ARGUMENT: challenge set {challengeFile.FullName} does not exist.");
                    return ExitCodes.InvalidInput;
                }
                output.WriteLine($"Relation challenge set ({challengeFile.FullName}):");
                RelationChallengeScorer.Score(engine, RelationChallenge.Load(challengeFile.FullName)).Print(output, parseResult.GetValue(verbose));
            }

            var ner = parseResult.GetValue(nerData) ?? new DirectoryInfo(Path.Combine(documents.FullName, "..", "..", "data", "ner"));
            if (ner.Exists)
            {
                var scores = LatinTaggerTraining.Evaluate(ner.FullName, null, TextWriter.Null);
                output.WriteLine($"English tagger, held-out split ({ner.FullName}):");
                output.WriteLine(scores.Format());
                output.WriteLine(HeldOutEngineScores.Format("English held-out split, whole engine",
                    HeldOutEngineScores.English(engine, ner.FullName)));
                if (File.Exists(ChineseTaggerTraining.CorpusPath(ner.FullName)))
                {
                    output.WriteLine("Chinese tagger, held-out split:");
                    output.WriteLine(ChineseTaggerTraining.Evaluate(ner.FullName, null, TextWriter.Null).Format());
                    output.WriteLine(HeldOutEngineScores.Format("Chinese held-out split, whole engine",
                        HeldOutEngineScores.Chinese(engine, ner.FullName)));
                }
            }
            else
            {
                output.WriteLine($"English tagger held-out score skipped: {ner.FullName} not found (pass --ner-data).");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
