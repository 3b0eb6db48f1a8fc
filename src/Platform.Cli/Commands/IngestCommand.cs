using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Grpc.Core;
using Platform.Cli.Infrastructure;
using Platform.Cli.Ingest;
using Platform.Cli.Output;
using Platform.Documents.V1;
using Spectre.Console;

namespace Platform.Cli.Commands;

/// <summary><c>platform ingest &lt;files|folders...&gt;</c>: stores documents and optionally waits for extraction.</summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, or folders searched recursively for *.txt and *.md.",
            Arity = ArgumentArity.OneOrMore,
        };
        var wait = new Option<bool>("--wait", "-w") { Description = "Wait until extraction has finished for every document." };
        var timeout = new Option<int>("--timeout")
        {
            Description = "With --wait: give up waiting after this many seconds.",
            DefaultValueFactory = _ => 600,
            HelpName = "seconds",
        };
        var command = new Command("ingest", "Store documents (deduplicated by content) and queue their extraction.") { paths, wait, timeout };

        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, async (session, ct) =>
        {
            var selection = InputFiles.Collect(parseResult.GetRequiredValue(paths), Environment.CurrentDirectory);
            if (selection.Missing.Count > 0)
            {
                throw new CliUsageException($"Not found: {string.Join(", ", selection.Missing)}.");
            }
            if (selection.Files.Count == 0)
            {
                throw new CliUsageException("No *.txt or *.md files in the given folders.");
            }

            var outcomes = await IngestAllAsync(session, selection.Files, ct);
            if (parseResult.GetValue(wait))
            {
                await WaitForExtractionAsync(session, outcomes, TimeSpan.FromSeconds(parseResult.GetValue(timeout)), ct);
            }

            if (session.Json)
            {
                JsonOutput.Write(session.Console, ToJson(outcomes));
            }
            else
            {
                session.Console.Out.Write(RenderFiles(outcomes));
                session.Console.Out.Write(RenderSummary(outcomes));
            }
            var anyFailed = outcomes.Any(o => o.Result == IngestResult.Failed || o.Extraction is ExtractionStatus.Failed);
            return anyFailed ? ExitCodes.Failure : ExitCodes.Success;
        }));
        return command;
    }

    private static async Task<List<IngestOutcome>> IngestAllAsync(CliSession session, IReadOnlyList<InputFile> files, CancellationToken ct)
    {
        var outcomes = files.Select(file => new IngestOutcome(file)).ToList();
        await ProgressDisplay.RunAsync(session.Console.Out, !session.Json, "Ingesting", outcomes.Count, async advance =>
        {
            foreach (var outcome in outcomes)
            {
                await IngestOneAsync(session, outcome, ct);
                advance();
            }
        });
        return outcomes;
    }

    private static async Task IngestOneAsync(CliSession session, IngestOutcome outcome, CancellationToken ct)
    {
        string content;
        try
        {
            content = await File.ReadAllTextAsync(outcome.File.FullPath, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            outcome.Error = ex.Message;
            return;
        }

        var request = new IngestDocumentRequest
        {
            Content = content,
            SourceUri = new Uri(outcome.File.FullPath).AbsoluteUri,
            MediaType = outcome.File.MediaType,
        };
        try
        {
            var response = await session.Documents.CallAsync(client => client.IngestDocumentAsync(request, cancellationToken: ct));
            outcome.DocumentId = response.DocumentId;
            outcome.Result = response.Created ? IngestResult.Created : IngestResult.Existing;
        }
        catch (ServiceCallException ex) when (ex.StatusCode is not (StatusCode.Unavailable or StatusCode.Cancelled))
        {
            // This file was refused (too large, empty, ...); the others can still go in.
            outcome.Error = $"{ErrorReport.WireName(ex.StatusCode)}: {ex.Detail}";
        }
    }

    private static async Task WaitForExtractionAsync(CliSession session, List<IngestOutcome> outcomes, TimeSpan timeout, CancellationToken ct)
    {
        var stored = outcomes.Where(o => o.Result != IngestResult.Failed).ToList();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        await ProgressDisplay.RunAsync(session.Console.Out, !session.Json, "Extracting", stored.Count, async advance =>
        {
            foreach (var outcome in stored)
            {
                try
                {
                    (outcome.Extraction, outcome.ExtractionError) = await ExtractionWaiter.WaitAsync(session, outcome.DocumentId, deadline.Token);
                }
                catch (Exception ex) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested
                    && ex is OperationCanceledException or ServiceCallException)
                {
                    outcome.ExtractionError = $"still running after {timeout.TotalSeconds:0} s";
                }
                advance();
            }
        });
    }

    internal static Table RenderFiles(IReadOnlyList<IngestOutcome> outcomes)
    {
        var waited = outcomes.Any(o => o.Extraction is not null || o.ExtractionError.Length > 0);
        var table = new Table().AddColumns("File", "Result", "Document id");
        if (waited)
        {
            table.AddColumn("Extraction");
        }
        table.AddColumn("Note");
        foreach (var outcome in outcomes)
        {
            var cells = new List<string>
            {
                TextCells.Plain(outcome.File.DisplayPath),
                outcome.Result switch
                {
                    IngestResult.Created => "[green]created[/]",
                    IngestResult.Existing => "existing",
                    _ => "[red]failed[/]",
                },
                TextCells.Plain(outcome.DocumentId),
            };
            if (waited)
            {
                cells.Add(outcome.Extraction is { } status ? DocumentStatus.Markup(status) : "");
            }
            cells.Add(TextCells.Plain(outcome.Error.Length > 0 ? outcome.Error : outcome.ExtractionError));
            table.AddRow(cells.ToArray());
        }
        return table;
    }

    internal static Table RenderSummary(IReadOnlyList<IngestOutcome> outcomes)
    {
        string Count(Func<IngestOutcome, bool> predicate) => outcomes.Count(predicate).ToString(CultureInfo.InvariantCulture);
        return new Table()
            .AddColumns("Created", "Existing", "Failed", "Total")
            .AddRow(
                Count(o => o.Result == IngestResult.Created),
                Count(o => o.Result == IngestResult.Existing),
                Count(o => o.Result == IngestResult.Failed),
                outcomes.Count.ToString(CultureInfo.InvariantCulture));
    }

    internal static JsonObject ToJson(IReadOnlyList<IngestOutcome> outcomes)
    {
        var files = new JsonArray();
        foreach (var outcome in outcomes)
        {
            var item = new JsonObject
            {
                ["path"] = outcome.File.FullPath,
                ["mediaType"] = outcome.File.MediaType,
                ["result"] = outcome.Result.ToString().ToLowerInvariant(),
                ["documentId"] = outcome.DocumentId,
                ["error"] = outcome.Error,
            };
            if (outcome.Extraction is { } status)
            {
                item["extraction"] = DocumentStatus.Name(status);
                item["extractionError"] = outcome.ExtractionError;
            }
            files.Add(item);
        }
        return new JsonObject
        {
            ["created"] = outcomes.Count(o => o.Result == IngestResult.Created),
            ["existing"] = outcomes.Count(o => o.Result == IngestResult.Existing),
            ["failed"] = outcomes.Count(o => o.Result == IngestResult.Failed),
            ["files"] = files,
        };
    }
}
