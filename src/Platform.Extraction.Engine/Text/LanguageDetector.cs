namespace Platform.Extraction.Engine.Text;

/// <summary>
/// Decides "zh", "en", "zh+en" or "und" from script proportions. One Han character carries about as much as
/// 2.5 Latin letters, so proportions are taken in those units. Chinese articles cite many Latin names, acronyms and
/// terms (AI, CEO, Scaling Law), so Latin counts as incidental up to 25%; Han characters in English text up to 15%.
/// </summary>
public static class LanguageDetector
{
    private const double LatinLettersPerHan = 2.5;
    private const double IncidentalLatinShare = 0.25;
    private const double IncidentalHanShare = 0.15;

    public static string Detect(ReadOnlySpan<char> text)
    {
        var han = 0;
        var latin = 0;
        foreach (var c in text)
        {
            if (CharClass.IsHan(c))
            {
                han++;
            }
            else if (CharClass.IsLatinLetter(c))
            {
                latin++;
            }
        }
        if (han == 0 && latin == 0)
        {
            return "und";
        }
        var hanWeight = (double)han;
        var latinWeight = latin / LatinLettersPerHan;
        var hanShare = hanWeight / (hanWeight + latinWeight);
        if (hanShare >= 1 - IncidentalLatinShare)
        {
            return "zh";
        }
        return hanShare <= IncidentalHanShare ? "en" : "zh+en";
    }
}
