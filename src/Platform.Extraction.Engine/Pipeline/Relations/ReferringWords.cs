using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// How the readers of referring words (我/we, 她/she, 公司/its, 大会/the conference) find them in a sentence: each match of
/// their pattern within the sentence's bounds, except where the word is part of a name found there (公司 in 星河科技公司).
/// </summary>
internal static class ReferringWords
{
    public static IEnumerable<Match> Within(Regex regex, string text, int start, int end)
    {
        for (var match = regex.Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            yield return match;
        }
    }

    public static bool IsInsideAName(Capture word, IEnumerable<RelationArgument> named) => IsInsideAName(word.Index, word.Index + word.Length, named);

    public static bool IsInsideAName(int start, int end, IEnumerable<RelationArgument> named) => named.Any(m => m.Start < end && start < m.End);
}
