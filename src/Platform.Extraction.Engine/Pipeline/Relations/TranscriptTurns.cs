using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// How a transcript marks who speaks: a paragraph opening with a person's name and a colon ("刘思远：", "DANA
/// WHITFIELD:"), the interviewer's label (问, 主持人, Q, Host) or an answer's label (答, A). One reading serves the
/// choice of the text's speakers and the turn-by-turn reading of "I" and "we".
/// </summary>
internal static partial class TranscriptTurns
{
    /// <summary>A person's name opening a line, then a colon: the label of that person's turn.</summary>
    public static bool LabelsATurn(string text, RelationArgument mention) =>
        mention.Type == EntityType.Person && TextLines.OpensALine(text, mention.Start)
        && ColonAfter().IsMatch(text.AsSpan(mention.End, Math.Min(3, text.Length - mention.End)));

    /// <summary>Whether the text labels answers (A:, 答：), as a printed interview does.</summary>
    public static bool HasAnswerLabels(string text) => AnswerLine().IsMatch(text);

    /// <summary>The interviewer's or an answer's label at <paramref name="start"/>; its group "answer" succeeds for an answer.</summary>
    public static Match Label(string text, int start) => TurnLabel().Match(text, start, Math.Min(16, text.Length - start));

    private const string AnswerLabel = "答|A";

    [GeneratedRegex(@"^\s*[：:]")]
    private static partial Regex ColonAfter();

    // A printed interview may set its labels in bold ("**Q:** …", "**A:** …").
    [GeneratedRegex(@"\G(?:\*\*)?(?:(?<answer>" + AnswerLabel + @")|问|主持人|记者|提问|Q|Host|Interviewer|HOST|INTERVIEWER)\s*[：:]")]
    private static partial Regex TurnLabel();

    [GeneratedRegex(@"(?m)^[ \t]*(?:\*\*)?(?:" + AnswerLabel + @")[ \t]*[:：]")]
    private static partial Regex AnswerLine();
}
