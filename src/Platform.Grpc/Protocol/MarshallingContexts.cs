using System.Buffers;
using Grpc.Core;

namespace Platform.Grpc.Protocol;

/// <summary>Writes the 5-byte header then the payload into one frame buffer.</summary>
internal sealed class FrameSerializationContext(IBufferWriter<byte> frame, int? maxSize) : SerializationContext
{
    private bool headerWritten;

    public bool HeaderWritten => headerWritten;

    /// <exception cref="RpcException">RESOURCE_EXHAUSTED before anything is written when the payload is too large.</exception>
    public override void SetPayloadLength(int payloadLength)
    {
        if (payloadLength > maxSize)
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                $"Sending message exceeds the maximum configured message size ({payloadLength} > {maxSize})."));
        MessageFraming.WriteHeader(frame.GetSpan(MessageFraming.HeaderSize), payloadLength);
        frame.Advance(MessageFraming.HeaderSize);
        headerWritten = true;
    }

    public override IBufferWriter<byte> GetBufferWriter() => headerWritten
        ? frame
        : throw new InvalidOperationException("SetPayloadLength must be called before GetBufferWriter.");

    public override void Complete() { }

    public override void Complete(byte[] payload)
    {
        SetPayloadLength(payload.Length);
        frame.Write(payload);
    }
}

/// <summary>Collects a payload into a byte array (for the array-based Marshaller API).</summary>
internal sealed class ByteArraySerializationContext : SerializationContext
{
    private readonly ArrayBufferWriter<byte> buffer = new();
    private byte[]? payload;

    public byte[] Payload => payload ?? buffer.WrittenSpan.ToArray();

    public override void Complete(byte[] payload) => this.payload = payload;

    public override void SetPayloadLength(int payloadLength) { }

    public override IBufferWriter<byte> GetBufferWriter() => buffer;

    public override void Complete() { }
}

internal sealed class SequenceDeserializationContext(ReadOnlySequence<byte> payload) : DeserializationContext
{
    public override int PayloadLength => (int)payload.Length;

    public override byte[] PayloadAsNewBuffer() => payload.ToArray();

    public override ReadOnlySequence<byte> PayloadAsReadOnlySequence() => payload;
}
