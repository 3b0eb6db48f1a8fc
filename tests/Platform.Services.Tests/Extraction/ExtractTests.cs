using Grpc.Core;
using Platform.Extraction.V1;
using Platform.Services.Tests.Infrastructure;

namespace Platform.Services.Tests.Extraction;

public sealed class ExtractTests(DocumentsStack stack) : IClassFixture<DocumentsStack>
{
    private readonly ExtractionService.ExtractionServiceClient _client = stack.Extraction;

    [Fact]
    public async Task Extract_TextAfterAstralCharacters_ReturnsCodePointOffsets()
    {
        var text = "😀😀𠀀 OpenAI and Google announced a partnership in London.";

        var response = await _client.ExtractAsync(new ExtractRequest { Text = text });

        Assert.NotEmpty(response.Mentions);
        var codePoints = text.EnumerateRunes().Select(r => r.ToString()).ToArray();
        foreach (var mention in response.Mentions)
        {
            Assert.Equal(mention.Text, string.Concat(codePoints[mention.Start..mention.End]));
        }
        Assert.Contains(response.Mentions, m => m.Text == "OpenAI" && m.Start == 4);
    }

    [Fact]
    public async Task Extract_ReturnsEntitiesForEveryMention()
    {
        var response = await _client.ExtractAsync(new ExtractRequest { Text = "Sam Altman is the CEO of OpenAI. 微软和谷歌也在竞争。" });

        var entityIds = response.Entities.Select(e => e.EntityId).ToHashSet();
        Assert.NotEmpty(response.Entities);
        Assert.All(response.Mentions, m => Assert.Contains(m.EntityId, entityIds));
        Assert.NotEqual("", response.Language);
    }

    [Fact]
    public async Task StreamMentions_ReturnsTheSameMentionsAsExtractInTextOrder()
    {
        var request = new ExtractRequest { Text = "Google, OpenAI and DeepMind. Later OpenAI again." };
        var extracted = await _client.ExtractAsync(request);

        using var call = _client.StreamMentions(request);
        var streamed = new List<Mention>();
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            streamed.Add(call.ResponseStream.Current);
        }

        Assert.Equal(extracted.Mentions, streamed);
        Assert.Equal(streamed.OrderBy(m => m.Start).ToList(), streamed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public async Task Extract_EmptyText_ReturnsInvalidArgument(string text)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _client.ExtractAsync(new ExtractRequest { Text = text }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Theory]
    [InlineData("OpenAI \0Microsoft")]
    [InlineData("OpenAI \u001B[31m")]
    [InlineData("OpenAI \u0085")]
    [InlineData("OpenAI \uFFFD")]
    public async Task Extract_ControlOrReplacementCharacters_ReturnInvalidArgument_AsIngestDoes(string text)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _client.ExtractAsync(new ExtractRequest { Text = text }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("code point 7", error.Status.Detail);
    }

    [Fact]
    public async Task Extract_TextOverAMillionCodePoints_ReturnsResourceExhausted()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _client.ExtractAsync(new ExtractRequest { Text = new string('x', 1_000_001) }).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task Extract_UnknownMediaType_ReturnsInvalidArgument()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _client.ExtractAsync(new ExtractRequest { Text = "OpenAI", MediaType = "text/html" }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }
}
