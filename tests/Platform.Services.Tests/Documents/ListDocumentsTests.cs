using Grpc.Core;
using Platform.Documents.V1;
using Platform.Services.Tests.Infrastructure;

namespace Platform.Services.Tests.Documents;

public sealed class ListDocumentsTests(DocumentsStack stack) : IClassFixture<DocumentsStack>
{
    private readonly DocumentService.DocumentServiceClient _client = stack.Documents;

    [Fact]
    public async Task ListDocuments_PagesThroughEveryDocumentNewestFirst()
    {
        var ingestedInOrder = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var response = await _client.IngestDocumentAsync(new IngestDocumentRequest { Content = $"Paged {i} {Guid.NewGuid()}" });
            ingestedInOrder.Add(response.DocumentId);
        }

        var listed = new List<Document>();
        var pages = 0;
        var token = "";
        do
        {
            var page = await _client.ListDocumentsAsync(new ListDocumentsRequest { PageSize = 2, PageToken = token });
            Assert.InRange(page.Documents.Count, 1, 2);
            listed.AddRange(page.Documents);
            token = page.NextPageToken;
            pages++;
        }
        while (token != "" && pages < 100);

        var ours = listed.Where(d => ingestedInOrder.Contains(d.DocumentId)).Select(d => d.DocumentId).ToList();
        Assert.Equal(Enumerable.Reverse(ingestedInOrder), ours);
        Assert.Equal(listed.Count, listed.Select(d => d.DocumentId).Distinct().Count());
        Assert.Equal(listed.OrderByDescending(d => d.CreatedAt).Select(d => d.DocumentId), listed.Select(d => d.DocumentId));
        Assert.All(listed, d => Assert.Equal("", d.Content));
    }

    [Fact]
    public async Task ListDocuments_PageSizeZero_ReturnsAtMostTwenty()
    {
        for (var i = 0; i < 21; i++)
        {
            await _client.IngestDocumentAsync(new IngestDocumentRequest { Content = $"Default page {i} {Guid.NewGuid()}" });
        }

        var page = await _client.ListDocumentsAsync(new ListDocumentsRequest());

        Assert.Equal(20, page.Documents.Count);
        Assert.NotEqual("", page.NextPageToken);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(-1)]
    public async Task ListDocuments_PageSizeOutOfRange_ReturnsInvalidArgument(int pageSize)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _client.ListDocumentsAsync(new ListDocumentsRequest { PageSize = pageSize }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("ZDF8MTIzfG5vdC1hLWd1aWQ")] // well-formed base64 of a token with a bad id
    [InlineData("!!!")]
    public async Task ListDocuments_MalformedPageToken_ReturnsInvalidArgument(string token)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _client.ListDocumentsAsync(new ListDocumentsRequest { PageToken = token }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }
}
