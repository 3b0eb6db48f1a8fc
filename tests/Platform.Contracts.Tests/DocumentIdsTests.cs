using Grpc.Core;
using Platform.Contracts.Rpc;

namespace Platform.Contracts.Tests;

public sealed class DocumentIdsTests
{
    [Fact]
    public void Parse_Uuid_ReturnsIt()
    {
        var id = Guid.NewGuid();

        Assert.Equal(id, DocumentIds.Parse(id.ToString()));
    }

    [Fact]
    public void Parse_Empty_IsInvalidArgumentSayingItIsRequired()
    {
        var ex = Assert.Throws<RpcException>(() => DocumentIds.Parse(""));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("required", ex.Status.Detail);
    }

    [Fact]
    public void Parse_NotAUuid_IsInvalidArgumentQuotingAShortenedValue()
    {
        var ex = Assert.Throws<RpcException>(() => DocumentIds.Parse(new string('x', 200)));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains(new string('x', 60) + "…", ex.Status.Detail);
        Assert.DoesNotContain(new string('x', 61), ex.Status.Detail);
    }

    [Fact]
    public void ParseOptional_Empty_IsNull()
    {
        Assert.Null(DocumentIds.ParseOptional(""));
    }
}
