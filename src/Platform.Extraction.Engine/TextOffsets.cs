namespace Platform.Extraction.Engine;

/// <summary>Converts between UTF-16 indices (what .NET strings use) and Unicode code point offsets (what the API exposes).</summary>
public sealed class TextOffsets
{
    private readonly int[] _codePointAtUtf16;

    public TextOffsets(string text)
    {
        _codePointAtUtf16 = new int[text.Length + 1];
        var codePoint = 0;
        for (var i = 0; i < text.Length; i++)
        {
            _codePointAtUtf16[i] = codePoint;
            if (!(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
            {
                codePoint++;
            }
        }
        _codePointAtUtf16[text.Length] = codePoint;
        CodePointLength = codePoint;
    }

    public int CodePointLength { get; }

    public int ToCodePoint(int utf16Index) => _codePointAtUtf16[utf16Index];

    public static int CodePointCount(string text) => new TextOffsets(text).CodePointLength;
}
