using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using Grpc.Core;

namespace Platform.Grpc.Protocol;

/// <summary>The gRPC length-prefixed message: 1 byte compressed flag, 4 bytes big-endian length, payload.</summary>
public static class MessageFraming
{
    public const int HeaderSize = 5;

    /// <summary>Serializes one framed message into <paramref name="output"/> (not flushed).</summary>
    /// <exception cref="RpcException">RESOURCE_EXHAUSTED when the payload exceeds <paramref name="maxSize"/>.</exception>
    public static void Write<T>(IBufferWriter<byte> output, Action<T, SerializationContext> serializer, T message, int? maxSize)
    {
        var context = new FrameSerializationContext(output, maxSize);
        serializer(message, context);
        if (!context.HeaderWritten) throw new InvalidOperationException("The marshaller did not write a message.");
    }

    public static void WriteHeader(Span<byte> destination, int payloadLength)
    {
        destination[0] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(destination[1..], (uint)payloadLength);
    }

    /// <summary>Reads the next message; (false, default) at a clean end of stream.</summary>
    public static async ValueTask<(bool HasMessage, T Message)> ReadAsync<T>(
        PipeReader reader, Func<DeserializationContext, T> deserializer, int? maxSize, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (TryParseFrame(buffer, maxSize, out var payload))
            {
                try
                {
                    var message = deserializer(new SequenceDeserializationContext(payload));
                    reader.AdvanceTo(payload.End);
                    return (true, message);
                }
                catch (Exception ex) when (ex is not RpcException)
                {
                    reader.AdvanceTo(buffer.Start);
                    throw new RpcException(new Status(StatusCode.Internal, "Failed to deserialize message.", ex));
                }
            }
            if (result.IsCompleted)
            {
                reader.AdvanceTo(buffer.End);
                if (!buffer.IsEmpty) throw new RpcException(new Status(StatusCode.Internal, "Incomplete message."));
                return (false, default!);
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>True when <paramref name="buffer"/> starts with a whole frame; its payload is then returned.</summary>
    /// <exception cref="RpcException">For a compressed frame (UNIMPLEMENTED) or one larger than allowed (RESOURCE_EXHAUSTED).</exception>
    public static bool TryParseFrame(ReadOnlySequence<byte> buffer, int? maxSize, out ReadOnlySequence<byte> payload)
    {
        payload = default;
        if (buffer.Length < HeaderSize) return false;
        Span<byte> header = stackalloc byte[HeaderSize];
        buffer.Slice(0, HeaderSize).CopyTo(header);
        if (header[0] != 0)
            throw new RpcException(new Status(StatusCode.Unimplemented, "Compressed messages are not supported; use identity encoding."));
        var length = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        if (length > (uint)(maxSize ?? int.MaxValue))
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                $"Received message exceeds the maximum configured message size ({length} > {maxSize})."));
        if (buffer.Length < HeaderSize + length) return false;
        payload = buffer.Slice(HeaderSize, length);
        return true;
    }
}
