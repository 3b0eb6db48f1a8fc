using System.Buffers;
using System.IO.Pipelines;
using Grpc.Core;
using Platform.Grpc.Protocol;

namespace Platform.Grpc.Tests.Protocol;

public sealed class MessageFramingTests
{
    private static readonly Marshaller<string> Utf8 = Marshallers.StringMarshaller;

    [Fact]
    public void Write_PrefixesPayloadWithFlagAndBigEndianLength()
    {
        var output = new ArrayBufferWriter<byte>();
        MessageFraming.Write(output, Utf8.ContextualSerializer, "abc", maxSize: null);
        Assert.Equal(new byte[] { 0, 0, 0, 0, 3, (byte)'a', (byte)'b', (byte)'c' }, output.WrittenSpan.ToArray());
    }

    [Fact]
    public void Write_OverLimit_ThrowsResourceExhaustedAndWritesNothing()
    {
        var output = new ArrayBufferWriter<byte>();
        var error = Assert.Throws<RpcException>(() => MessageFraming.Write(output, Utf8.ContextualSerializer, "abcdef", maxSize: 5));
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Equal(0, output.WrittenCount);
    }

    [Fact]
    public async Task ReadAsync_MessagesSplitAcrossChunks_AreReassembled()
    {
        var pipe = new Pipe();
        var bytes = new ArrayBufferWriter<byte>();
        MessageFraming.Write(bytes, Utf8.ContextualSerializer, "你好", null);
        MessageFraming.Write(bytes, Utf8.ContextualSerializer, "", null);
        foreach (var b in bytes.WrittenSpan.ToArray()) await pipe.Writer.WriteAsync(new[] { b });
        await pipe.Writer.CompleteAsync();

        var first = await MessageFraming.ReadAsync(pipe.Reader, Utf8.ContextualDeserializer, null, default);
        var second = await MessageFraming.ReadAsync(pipe.Reader, Utf8.ContextualDeserializer, null, default);
        var end = await MessageFraming.ReadAsync(pipe.Reader, Utf8.ContextualDeserializer, null, default);

        Assert.Equal((true, "你好"), first);
        Assert.Equal((true, ""), second);
        Assert.False(end.HasMessage);
    }

    [Fact]
    public async Task ReadAsync_TruncatedFrame_IsInternalError()
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(new byte[] { 0, 0, 0, 0, 9, 1, 2 });
        await pipe.Writer.CompleteAsync();
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await MessageFraming.ReadAsync(pipe.Reader, Utf8.ContextualDeserializer, null, default));
        Assert.Equal(StatusCode.Internal, error.StatusCode);
    }

    [Fact]
    public void TryParseFrame_LengthOverLimit_IsResourceExhaustedBeforeThePayloadArrives()
    {
        var header = new ReadOnlySequence<byte>(new byte[] { 0, 0, 1, 0, 0 });
        var error = Assert.Throws<RpcException>(() => MessageFraming.TryParseFrame(header, 1024, out _));
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public void TryParseFrame_CompressedFlag_IsUnimplemented()
    {
        var frame = new ReadOnlySequence<byte>(new byte[] { 1, 0, 0, 0, 0 });
        var error = Assert.Throws<RpcException>(() => MessageFraming.TryParseFrame(frame, null, out _));
        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
    }
}
