using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Pipeline.Relations;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>"| 砚田数据 | 天使轮 | 数千万元 | 百度 |": a name in a table's firm column (公司, "Company") is an organisation's.</summary>
internal static partial class TableFirmCandidates
{
    public static IEnumerable<Candidate> Find(string text) =>
        from cell in FirmTables.FirmCells(text)
        let name = text[cell.Start..cell.End]
        where FirmName().IsMatch(name)
        select new Candidate(cell.Start, cell.End, name, EntityType.Organization, 0.8, CandidateSource.BookTitle, Cue: "a name in a table's firm column");

    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}{2,16}|\p{Lu}[\w&.'-]*(?: [\w&.'-]+){0,4})$")]
    private static partial Regex FirmName();
}
