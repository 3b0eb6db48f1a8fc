using Grpc.Core;
using Platform.Contracts.Rpc;

namespace Platform.Contracts.Tests;

public sealed class PageTokensTests
{
    [Fact]
    public void Decode_TokenFromEncode_ReturnsThePosition()
    {
        var token = PageTokens.Encode("search|soft", "40");

        Assert.Equal("40", PageTokens.Decode(token, "search|soft"));
    }

    [Fact]
    public void Decode_EmptyToken_MeansTheFirstPage()
    {
        Assert.Null(PageTokens.Decode("", "search|soft"));
    }

    [Fact]
    public void Decode_TokenOfAnotherRequest_IsInvalidArgument()
    {
        var token = PageTokens.Encode("search|soft", "40");

        var ex = Assert.Throws<RpcException>(() => PageTokens.Decode(token, "search|micro"));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("page_token", ex.Status.Detail);
    }

    [Theory]
    [InlineData("not-a-token!")]
    [InlineData("cDEuYWJjLjQw")] // "p1.abc.40": a fingerprint that matches nothing
    [InlineData("AAAA")]
    public void Decode_MalformedToken_IsInvalidArgument(string token)
    {
        var ex = Assert.Throws<RpcException>(() => PageTokens.Decode(token, "search|soft"));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
    }

    [Fact]
    public void Encode_DoesNotShowThePositionInPlainText()
    {
        Assert.DoesNotContain("12345", PageTokens.Encode("scope", "12345"));
    }
}
