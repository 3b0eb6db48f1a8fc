using System.Buffers;

namespace Grpc.Core;

/// <summary>Where a marshaller writes one message payload.</summary>
public abstract class SerializationContext
{
    /// <summary>Writes the whole payload at once.</summary>
    public virtual void Complete(byte[] payload) => throw new NotImplementedException();

    /// <summary>Must be called before <see cref="GetBufferWriter"/>.</summary>
    public virtual void SetPayloadLength(int payloadLength) => throw new NotImplementedException();

    public virtual IBufferWriter<byte> GetBufferWriter() => throw new NotImplementedException();

    /// <summary>Ends a payload written through <see cref="GetBufferWriter"/>.</summary>
    public virtual void Complete() => throw new NotImplementedException();
}
