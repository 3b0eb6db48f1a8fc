namespace Platform.Extraction.Engine.Chinese;

/// <summary>
/// Full-width → half-width folding (FF01–FF5E → 0021–007E, ideographic space → space), one char for one
/// char so offsets never move. LAC was trained on text folded this way.
/// </summary>
public static class HalfWidth
{
    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    public static string Fold(string text) =>
        string.Create(text.Length, text, static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                destination[i] = Fold(source[i]);
            }
        });
}
