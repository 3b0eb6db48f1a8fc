using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Platform.Extraction.Engine.Chinese;

/// <summary>Zeroed float storage on the pinned heap, its start aligned to a 64-byte cache line.</summary>
internal sealed unsafe class AlignedBuffer
{
    private const int AlignmentFloats = 16;

    // Holds the pinned array alive; Pointer points into it and stays valid because pinned arrays never move.
    private readonly float[] _storage;

    public AlignedBuffer(int length)
    {
        Length = length;
        _storage = GC.AllocateArray<float>(length + AlignmentFloats, pinned: true);
        var start = (float*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_storage));
        var misalignment = (int)(((nint)start & 63) / sizeof(float));
        Pointer = start + (misalignment == 0 ? 0 : AlignmentFloats - misalignment);
    }

    public int Length { get; }

    public float* Pointer { get; }

    public Span<float> Span => new(Pointer, Length);

    public static AlignedBuffer From(ReadOnlySpan<float> values)
    {
        var buffer = new AlignedBuffer(values.Length);
        values.CopyTo(buffer.Span);
        return buffer;
    }
}
