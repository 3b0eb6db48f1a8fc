using System.Text.Json.Nodes;
using Platform.Cli.Commands;
using Platform.Cli.Infrastructure;
using Platform.Cli.Ingest;
using Platform.Cli.Output;
using Platform.Query.V1;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Platform.Cli.Tests;

public sealed class OutputFormattingTests
{
    [Fact]
    public void RedirectedOutput_GetsNoEscapeCodes_EvenWhereTheTerminalWouldShowColours()
    {
        var previousTerm = Environment.GetEnvironmentVariable("TERM");
        Environment.SetEnvironmentVariable("TERM", "xterm-256color");
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var console = CliConsole.ForStreams(output, outputRedirected: true, error, errorRedirected: true);

            console.Out.MarkupLine("[red]Microsoft[/] [link=https://www.wikidata.org/wiki/Q2283]Q2283[/]");
            console.Error.MarkupLine("[yellow]warning[/]");

            Assert.Equal("Microsoft Q2283", output.ToString().TrimEnd());
            Assert.Equal("warning", error.ToString().TrimEnd());
        }
        finally
        {
            Environment.SetEnvironmentVariable("TERM", previousTerm);
        }
    }

    [Fact]
    public void SearchTable_ListsResultsInRankOrder_WithMatchedAliasAndScore()
    {
        var results = new[]
        {
            Result("microsoft", "Microsoft", "微软", 1.0, 12),
            Result("microsoft-ai", "Microsoft AI", "", 0.8, 3),
        };

        var text = Render(SearchCommand.Render(results));

        var first = text.IndexOf("Microsoft (微软)", StringComparison.Ordinal);
        var second = text.IndexOf("Microsoft AI", StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first, text);
        Assert.Contains("1.00", text);
        Assert.Contains("organization", text);
    }

    [Fact]
    public void SearchTable_WithoutResults_SaysSo()
    {
        Assert.Contains("No entity matches.", Render(SearchCommand.Render([])));
    }

    [Theory]
    [InlineData("outgoing", "ceo_of →")]
    [InlineData("incoming", "← ceo_of")]
    public void RelationDescription_ShowsTheDirection(string direction, string expected)
    {
        var related = new RelatedEntity { Predicate = "ceo_of", Direction = direction, Entity = new Entity { Name = "x" } };

        Assert.Equal(expected, RelatedCommand.DescribeRelation(related));
    }

    [Fact]
    public void TimelineTable_ListsEachDay_WithABarScaledToTheBusiestDay_AndFirstAndLastSeen()
    {
        var response = new GetEntityTimelineResponse
        {
            FirstSeen = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2024, 11, 3, 1, 15, 0, TimeSpan.Zero)),
            LastSeen = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2024, 11, 5, 9, 0, 0, TimeSpan.Zero)),
        };
        response.Days.Add(new TimelineDay { Date = "2024-11-03", MentionCount = 2, DocumentCount = 1 });
        response.Days.Add(new TimelineDay { Date = "2024-11-05", MentionCount = 6, DocumentCount = 3 });

        var text = Render(TimelineCommand.Render("Microsoft (微软)", response));

        Assert.Contains("2024-11-03", text);
        Assert.Contains(new string('█', 30), text);
        Assert.DoesNotContain(new string('█', 11), text.Split('\n').First(l => l.Contains("2024-11-03")));
        Assert.Contains("First seen 2024-11-03 01:15 UTC, last seen 2024-11-05 09:00 UTC", text);
    }

    [Fact]
    public void PathTable_ShowsEachHopInTheDirectionWalked_WithItsSentence()
    {
        var response = new FindPathResponse();
        response.Entities.Add(new Entity { EntityId = "openai", Name = "OpenAI" });
        response.Entities.Add(new Entity { EntityId = "microsoft", Name = "Microsoft" });
        response.Entities.Add(new Entity { EntityId = "satya", Name = "Satya Nadella" });
        response.Hops.Add(new PathHop { SubjectEntityId = "microsoft", Predicate = "invested_in", ObjectEntityId = "openai", Evidence = "Microsoft invested in OpenAI." });
        response.Hops.Add(new PathHop { SubjectEntityId = "satya", Predicate = "ceo_of", ObjectEntityId = "microsoft", Evidence = "Satya Nadella, CEO of Microsoft." });

        var text = Render(PathCommand.Render("OpenAI", "Satya Nadella", response));

        Assert.Contains("← invested_in", text);
        Assert.Contains("← ceo_of", text);
        Assert.Contains("Microsoft invested in OpenAI.", text);
    }

    [Fact]
    public void MentionsTable_SnippetWithMarkupCharacters_IsPrintedLiterally()
    {
        var entity = new Entity { EntityId = "microsoft", Name = "Microsoft", MentionCount = 1, DocumentCount = 1 };
        var mention = new Mention { DocumentId = "d1", DocumentTitle = "[draft] news", Start = 4, End = 13, Text = "Microsoft", Snippet = "[b] Microsoft [/] ships." };

        var text = Render(MentionsCommand.Render(entity, [mention]));

        Assert.Contains("[draft] news", text);
        Assert.Contains("[b] Microsoft [/] ships.", text);
        Assert.Contains("4–13", text);
    }

    [Fact]
    public void DocsTable_UntitledDocument_ShowsTheFileItCameFrom()
    {
        var documents = new[]
        {
            new Platform.Documents.V1.Document { DocumentId = "d1", Title = "Quarterly report", SourceUri = "file:///data/q1.txt" },
            new Platform.Documents.V1.Document { DocumentId = "d2", Title = "", SourceUri = "file:///data/notes%20zh.md" },
        };

        var text = Render(DocsCommand.Render(documents));

        Assert.Contains("Quarterly report", text);
        Assert.Contains("notes zh.md", text);
        Assert.DoesNotContain("q1.txt", text);
    }

    [Fact]
    public void Json_IncludesFieldsWithDefaultValues()
    {
        var node = JsonOutput.ToNode(new Entity { EntityId = "x", Name = "X" });

        Assert.Equal(0, node["mentionCount"]!.GetValue<int>());
        Assert.Equal("", node["description"]!.GetValue<string>());
    }

    [Fact]
    public void IngestJsonAndSummary_CountEachResult()
    {
        var outcomes = new[]
        {
            new IngestOutcome(new InputFile("/a.txt", "a.txt", "text/plain")) { Result = IngestResult.Created, DocumentId = "d1" },
            new IngestOutcome(new InputFile("/b.md", "b.md", "text/markdown")) { Result = IngestResult.Existing, DocumentId = "d2" },
            new IngestOutcome(new InputFile("/c.txt", "c.txt", "text/plain")) { Result = IngestResult.Failed, Error = "RESOURCE_EXHAUSTED: too large" },
        };

        JsonObject json = IngestCommand.ToJson(outcomes);
        var summary = Render(IngestCommand.RenderSummary(outcomes));
        var files = Render(IngestCommand.RenderFiles(outcomes));

        Assert.Equal((1, 1, 1), ((int)json["created"]!, (int)json["existing"]!, (int)json["failed"]!));
        Assert.Equal("text/markdown", (string)json["files"]![1]!["mediaType"]!);
        Assert.Contains("RESOURCE_EXHAUSTED: too large", files);
        Assert.Matches(@"1\D+1\D+1\D+3", summary);
    }

    private static SearchResult Result(string id, string name, string nameZh, double score, int mentions) => new()
    {
        Entity = new Entity { EntityId = id, Name = name, NameZh = nameZh, Type = EntityType.Organization, MentionCount = mentions },
        Score = score,
        MatchedAlias = name,
    };

    private static string Render(IRenderable renderable)
    {
        var writer = new StringWriter();
        CliConsole.ForWriters(writer, TextWriter.Null, width: 200).Out.Write(renderable);
        return writer.ToString();
    }
}
