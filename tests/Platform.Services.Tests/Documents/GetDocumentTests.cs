using Grpc.Core;
using Platform.Documents.V1;
using Platform.Services.Tests.Infrastructure;

namespace Platform.Services.Tests.Documents;

public sealed class GetDocumentTests(DocumentsStack stack) : IClassFixture<DocumentsStack>
{
    private readonly DocumentService.DocumentServiceClient _client = stack.Documents;

    [Fact]
    public async Task GetDocument_WithContent_ReturnsTheStoredDocument()
    {
        var content = $"Stored text {Guid.NewGuid()}";
        var ingested = await _client.IngestDocumentAsync(new IngestDocumentRequest
        {
            Content = content,
            Title = "  A title  ",
            SourceUri = "file:///a.txt",
            Metadata = { ["lang"] = "en" },
        });

        var document = (await _client.GetDocumentAsync(new GetDocumentRequest { DocumentId = ingested.DocumentId, IncludeContent = true })).Document;

        Assert.Equal(ingested.DocumentId, document.DocumentId);
        Assert.Equal(content, document.Content);
        Assert.Equal("A title", document.Title);
        Assert.Equal("file:///a.txt", document.SourceUri);
        Assert.Equal("en", document.Metadata["lang"]);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(content))), document.ContentSha256);
        Assert.True(document.CreatedAt.ToDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task GetDocument_WithoutContent_LeavesContentEmpty()
    {
        var ingested = await _client.IngestDocumentAsync(new IngestDocumentRequest { Content = $"Hidden text {Guid.NewGuid()}" });

        var document = (await _client.GetDocumentAsync(new GetDocumentRequest { DocumentId = ingested.DocumentId })).Document;

        Assert.Equal("", document.Content);
        Assert.True(document.SizeChars > 0);
    }

    [Fact]
    public async Task GetDocument_UnknownId_ReturnsNotFound()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _client.GetDocumentAsync(new GetDocumentRequest { DocumentId = Guid.NewGuid().ToString() }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-uuid")]
    [InlineData("12345")]
    public async Task GetDocument_MalformedId_ReturnsInvalidArgument(string documentId)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _client.GetDocumentAsync(new GetDocumentRequest { DocumentId = documentId }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }
}
