using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// A standard is named by its code: "GB/T 41867—2022", "T/ZICS 021.2—2026" (a group standard), "ISO/IEC 22989:2022",
/// "T/ZICS 021" (a series, without its year). The code is the standard's name, a work; its title may follow it in book
/// marks (T/ZICS 009—2024《大语言模型能力评测方法》), which the resolver merges into it.
/// </summary>
internal static partial class StandardCodes
{
    public static IEnumerable<Candidate> Find(string text) =>
        Code().Matches(text).Select(match => new Candidate(match.Index, match.Index + match.Length, match.Value, EntityType.Work, 0.9,
            CandidateSource.BookTitle, Cue: "a standard's code"));

    public static bool IsCode(string name) => WholeCode().IsMatch(name);

    private const string Year = @"(?:\s?[—–-]\s?(?:19|20)\d{2}|:(?:19|20)\d{2})";

    // A mandatory national standard's bare "GB" takes a space and a year ("GB 18030—2022"), unlike a chip's "GB300".
    private const string Pattern = @"(?:(?:GB/[TZ]|T/[A-Z]{2,10}|[A-Z]{2}/T|DB\d{2}/T|ISO(?:/IEC)?|IEC|IEEE\s+Std)\s?\d{1,6}(?:\.\d{1,3})*" + Year + @"?|GB\s\d{1,6}(?:\.\d{1,3})*" + Year + ")";

    [GeneratedRegex(@"(?<![A-Za-z0-9/.])" + Pattern + @"(?![A-Za-z0-9.])")]
    private static partial Regex Code();

    [GeneratedRegex("^" + Pattern + "$")]
    private static partial Regex WholeCode();
}
