using System.Buffers.Binary;

namespace Platform.Extraction.Engine.Chinese;

/// <summary>A float32 tensor saved by PaddlePaddle's save/save_persistables (LoDTensor stream format).</summary>
internal sealed record PaddleTensor(int[] Dims, float[] Data)
{
    private const int Float32DataType = 5;

    public int Count => Data.Length;

    /// <remarks>
    /// Layout: u32 version, u64 LoD level count (each level: u64 byte size + offsets), u32 tensor version,
    /// i32 size of a protobuf VarType.TensorDesc (1: data_type, 2: dims), then the raw little-endian data.
    /// </remarks>
    public static PaddleTensor Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            var position = 4;
            var lodLevels = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(position));
            position += 8;
            for (ulong level = 0; level < lodLevels; level++)
            {
                var size = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(position));
                position += 8 + checked((int)size);
            }

            position += 4;
            var descriptorSize = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(position));
            position += 4;
            var (dataType, dims) = ReadTensorDescriptor(bytes.AsSpan(position, descriptorSize));
            position += descriptorSize;
            if (dataType != Float32DataType)
            {
                throw new InvalidDataException($"data type {dataType} is not float32");
            }

            var count = dims.Aggregate(1L, (product, dim) => product * dim);
            if (position + count * sizeof(float) > bytes.Length)
            {
                throw new InvalidDataException($"dims [{string.Join(", ", dims)}] need more data than the file holds");
            }

            var data = new float[count];
            var source = bytes.AsSpan(position, checked((int)count * sizeof(float)));
            for (var i = 0; i < data.Length; i++)
            {
                data[i] = BinaryPrimitives.ReadSingleLittleEndian(source[(i * sizeof(float))..]);
            }

            return new PaddleTensor(dims, data);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidDataException or OverflowException)
        {
            throw new LacModelNotFoundException($"{path} is not a float32 Paddle tensor file: {e.Message}", e);
        }
    }

    public PaddleTensor ExpectDims(string name, params int[] expected) =>
        Dims.SequenceEqual(expected)
            ? this
            : throw new LacModelNotFoundException(
                $"LAC tensor {name} has dims [{string.Join(", ", Dims)}], expected [{string.Join(", ", expected)}].");

    private static (long DataType, int[] Dims) ReadTensorDescriptor(ReadOnlySpan<byte> descriptor)
    {
        long dataType = -1;
        var dims = new List<int>();
        var position = 0;
        while (position < descriptor.Length)
        {
            var key = ReadVarint(descriptor, ref position);
            var (field, wireType) = (key >> 3, key & 7);
            if (field == 1 && wireType == 0)
            {
                dataType = ReadVarint(descriptor, ref position);
            }
            else if (field == 2 && wireType == 0)
            {
                dims.Add(checked((int)ReadVarint(descriptor, ref position)));
            }
            else if (field == 2 && wireType == 2)
            {
                var end = position + checked((int)ReadVarint(descriptor, ref position));
                while (position < end)
                {
                    dims.Add(checked((int)ReadVarint(descriptor, ref position)));
                }
            }
            else
            {
                throw new InvalidDataException($"unexpected TensorDesc field {field}");
            }
        }

        return (dataType, dims.ToArray());
    }

    private static long ReadVarint(ReadOnlySpan<byte> data, ref int position)
    {
        long value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = data[position++];
            value |= (long)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("malformed varint");
    }
}
