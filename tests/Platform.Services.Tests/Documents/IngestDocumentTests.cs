using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Platform.Documents.V1;
using Platform.Services.Tests.Infrastructure;

namespace Platform.Services.Tests.Documents;

public sealed class IngestDocumentTests(DocumentsStack stack) : IClassFixture<DocumentsStack>
{
    private readonly DocumentService.DocumentServiceClient _client = stack.Documents;

    [Fact]
    public async Task Ingest_NewContent_StoresTheDocumentAndItsExtractionJob()
    {
        var content = $"OpenAI and Google were both mentioned in report {Guid.NewGuid()}.";

        var response = await _client.IngestDocumentAsync(new IngestDocumentRequest
        {
            Content = content,
            SourceUri = "https://example.com/report",
            Title = "Report",
            Metadata = { ["author"] = "tester" },
        });

        Assert.True(response.Created);
        var id = Guid.Parse(response.DocumentId);
        await using var db = stack.Database.CreateDbContext();
        var document = await db.Documents.SingleAsync(d => d.Id == id);
        Assert.Equal(content, document.Content);
        Assert.Equal(content.Length, document.SizeChars);
        Assert.Equal("text/plain", document.MediaType);
        Assert.Equal("tester", document.Metadata["author"]);
        Assert.Equal(1, await db.ExtractionJobs.CountAsync(j => j.DocumentId == id));
    }

    [Fact]
    public async Task Ingest_SameContentTwice_ReturnsSameDocument()
    {
        var request = new IngestDocumentRequest { Content = $"Same text {Guid.NewGuid()}" };

        var first = await _client.IngestDocumentAsync(request);
        var second = await _client.IngestDocumentAsync(request);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.DocumentId, second.DocumentId);
    }

    [Fact]
    public async Task Ingest_SameContentConcurrently_CreatesExactlyOneDocument()
    {
        var content = $"Raced text {Guid.NewGuid()}";

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            _client.IngestDocumentAsync(new IngestDocumentRequest { Content = content }).ResponseAsync));

        Assert.Single(responses.Select(r => r.DocumentId).Distinct());
        Assert.Single(responses, r => r.Created);
        await using var db = stack.Database.CreateDbContext();
        var id = Guid.Parse(responses[0].DocumentId);
        Assert.Equal(1, await db.ExtractionJobs.CountAsync(j => j.DocumentId == id));
    }

    [Fact]
    public async Task Ingest_AstralCharacters_CountsCodePoints()
    {
        var content = $"😀𠀀 {Guid.NewGuid()}";

        var response = await _client.IngestDocumentAsync(new IngestDocumentRequest { Content = content, MediaType = "TEXT/MARKDOWN" });
        var document = (await _client.GetDocumentAsync(new GetDocumentRequest { DocumentId = response.DocumentId })).Document;

        Assert.Equal(content.EnumerateRunes().Count(), document.SizeChars);
        Assert.Equal(content.Length - 2, document.SizeChars);
        Assert.Equal("text/markdown", document.MediaType);
    }

    [Theory]
    [InlineData("empty content", StatusCode.InvalidArgument)]
    [InlineData("whitespace content", StatusCode.InvalidArgument)]
    [InlineData("NUL in content", StatusCode.InvalidArgument)]
    [InlineData("bell control character", StatusCode.InvalidArgument)]
    [InlineData("unknown media type", StatusCode.InvalidArgument)]
    [InlineData("source uri too long", StatusCode.InvalidArgument)]
    [InlineData("65 metadata entries", StatusCode.InvalidArgument)]
    [InlineData("over a million code points", StatusCode.ResourceExhausted)]
    [InlineData("DEL in content", StatusCode.InvalidArgument)]
    [InlineData("C1 control in content", StatusCode.InvalidArgument)]
    [InlineData("replacement character in content", StatusCode.InvalidArgument)]
    [InlineData("unpaired surrogate in content", StatusCode.InvalidArgument)]
    [InlineData("line break in title", StatusCode.InvalidArgument)]
    [InlineData("control character in a metadata value", StatusCode.InvalidArgument)]
    public async Task Ingest_InvalidRequest_IsRejectedAndStoresNothing(string because, StatusCode expected)
    {
        var request = InvalidRequest(because);
        await using var db = stack.Database.CreateDbContext();
        var documentsBefore = await db.Documents.CountAsync();
        var jobsBefore = await db.ExtractionJobs.CountAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.IngestDocumentAsync(request).ResponseAsync);

        Assert.True(expected == error.StatusCode, $"{because}: expected {expected}, got {error.StatusCode} ({error.Status.Detail})");
        Assert.False(string.IsNullOrWhiteSpace(error.Status.Detail));
        Assert.Equal(documentsBefore, await db.Documents.CountAsync());
        Assert.Equal(jobsBefore, await db.ExtractionJobs.CountAsync());
    }

    [Fact]
    public async Task Ingest_ExactlyAMillionCodePointsOfAstralText_IsAccepted()
    {
        // 1,000,000 code points but 2,000,000 UTF-16 units: the limit counts code points.
        var content = string.Concat(Enumerable.Repeat("𠀀", 999_990)) + Guid.NewGuid().ToString("N")[..10];

        var response = await _client.IngestDocumentAsync(new IngestDocumentRequest { Content = content });

        Assert.True(response.Created);
        // Keep the dispatcher from spending the test run on it.
        await _client.DeleteDocumentAsync(new DeleteDocumentRequest { DocumentId = response.DocumentId });
    }

    [Fact]
    public async Task IngestDocuments_Stream_StoresEachAndCountsDuplicates()
    {
        var unique = Guid.NewGuid();
        using var call = _client.IngestDocuments();
        await call.RequestStream.WriteAsync(new IngestDocumentRequest { Content = $"first {unique}" });
        await call.RequestStream.WriteAsync(new IngestDocumentRequest { Content = $"second {unique}" });
        await call.RequestStream.WriteAsync(new IngestDocumentRequest { Content = $"first {unique}" });
        await call.RequestStream.CompleteAsync();
        var response = await call;

        Assert.Equal(2, response.CreatedCount);
        Assert.Equal(1, response.ExistingCount);
        Assert.Equal(3, response.Documents.Count);
        Assert.Equal(response.Documents[0].DocumentId, response.Documents[2].DocumentId);
    }

    [Fact]
    public async Task IngestDocuments_StreamWithRefusedDocuments_ListsEachByPosition_AndStoresTheOthers()
    {
        var unique = Guid.NewGuid();
        using var call = _client.IngestDocuments();
        await call.RequestStream.WriteAsync(new IngestDocumentRequest { Content = $"kept first {unique}" });
        await call.RequestStream.WriteAsync(new IngestDocumentRequest { Content = "bell \u0007" });
        await call.RequestStream.WriteAsync(new IngestDocumentRequest { Content = $"kept second {unique}" });
        await call.RequestStream.WriteAsync(new IngestDocumentRequest { Content = new string('a', 1_000_001) });
        await call.RequestStream.CompleteAsync();
        var response = await call;

        Assert.Equal(2, response.CreatedCount);
        Assert.Equal(2, response.Documents.Count);
        Assert.Equal([1, 3], response.Rejected.Select(r => r.Index));
        Assert.Equal(["InvalidArgument", "ResourceExhausted"], response.Rejected.Select(r => r.Code));
        Assert.Contains("U+0007", response.Rejected[0].Message);
        foreach (var stored in response.Documents)
        {
            Assert.Equal(StatusCode.OK, (await _client.GetDocumentAsync(new GetDocumentRequest { DocumentId = stored.DocumentId }).ResponseAsync.ContinueWith(t => t.IsFaulted ? StatusCode.NotFound : StatusCode.OK)));
        }
    }

    [Fact]
    public async Task Ingest_BytesThatAreNotUtf8_AreRefused_NotReplaced()
    {
        // IngestDocumentRequest.content (field 1) holding "caf" 0xE9 "!" — Latin-1, not UTF-8 — sent as raw protobuf bytes.
        byte[] request = [0x0A, 0x05, (byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'!'];
        var method = new Method<byte[], byte[]>(MethodType.Unary, "platform.documents.v1.DocumentService", "IngestDocument",
            Marshallers.Create(bytes => bytes, bytes => bytes), Marshallers.Create(bytes => bytes, bytes => bytes));

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            stack.DocumentsHost.Channel.CreateCallInvoker().AsyncUnaryCall(method, null, new CallOptions(), request).ResponseAsync);

        Assert.True(StatusCode.InvalidArgument == error.StatusCode, $"{error.StatusCode}: {error.Status.Detail} {error.Status.DebugException}");
        Assert.Contains("UTF-8", error.Status.Detail);
    }

    private static IngestDocumentRequest InvalidRequest(string name) => name switch
    {
        "empty content" => new IngestDocumentRequest { Content = "" },
        "whitespace content" => new IngestDocumentRequest { Content = " \t\r\n\u3000" },
        "NUL in content" => new IngestDocumentRequest { Content = "before\0after" },
        "bell control character" => new IngestDocumentRequest { Content = "ring \u0007 ring" },
        "unknown media type" => new IngestDocumentRequest { Content = "text", MediaType = "application/pdf" },
        "source uri too long" => new IngestDocumentRequest { Content = "text", SourceUri = "https://x/" + new string('a', 2048) },
        "65 metadata entries" => WithMetadata(65),
        "over a million code points" => new IngestDocumentRequest { Content = new string('a', 1_000_001) },
        "DEL in content" => new IngestDocumentRequest { Content = "rub \u007F out" },
        "C1 control in content" => new IngestDocumentRequest { Content = "next \u0085 line" },
        "replacement character in content" => new IngestDocumentRequest { Content = "broken \uFFFD bytes" },
        "unpaired surrogate in content" => new IngestDocumentRequest { Content = "half \uD800 pair" },
        "line break in title" => new IngestDocumentRequest { Content = "text", Title = "two\nlines" },
        "control character in a metadata value" => new IngestDocumentRequest { Content = "text", Metadata = { ["note"] = "esc \u001B" } },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static IngestDocumentRequest WithMetadata(int entries)
    {
        var request = new IngestDocumentRequest { Content = "text" };
        for (var i = 0; i < entries; i++)
        {
            request.Metadata[$"key{i}"] = "value";
        }
        return request;
    }
}
