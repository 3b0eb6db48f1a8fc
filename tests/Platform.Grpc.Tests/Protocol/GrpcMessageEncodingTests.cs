using Platform.Grpc.Protocol;

namespace Platform.Grpc.Tests.Protocol;

public sealed class GrpcMessageEncodingTests
{
    [Fact]
    public void Encode_NonAsciiAndPercent_ArePercentEncodedUtf8() =>
        Assert.Equal("50%25 %E4%B8%AD", GrpcMessageEncoding.Encode("50% 中"));

    [Fact]
    public void Encode_PlainAscii_IsUnchanged() => Assert.Equal("not found: doc 7", GrpcMessageEncoding.Encode("not found: doc 7"));

    [Fact]
    public void Decode_RoundTripsChinese() =>
        Assert.Equal("文档不存在 (100%)", GrpcMessageEncoding.Decode(GrpcMessageEncoding.Encode("文档不存在 (100%)")));

    [Fact]
    public void Decode_MalformedEscape_IsKeptVerbatim() => Assert.Equal("bad %zz end%", GrpcMessageEncoding.Decode("bad %zz end%"));
}
