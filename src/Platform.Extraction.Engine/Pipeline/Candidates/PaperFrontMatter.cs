using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// A Chinese journal paper's own front matter and its reference list (GB/T 7714):
/// <code>
/// 面向工业缺陷检测的视觉Transformer剪枝与蒸馏联合压缩方法
///
/// 钱嘉言1,2，葛文韬1，俞菲菲2
///
/// 1．浙江大学 计算机科学与技术学院，杭州 310027
/// 2．杭州视衡智能科技有限公司，杭州 310052
/// ...
/// [3] 葛文韬，楼志远. 面向边缘部署的注意力头重要性评估方法[J]. 浙江大学学报（工学版），2025，59（6）：1187-1196.
/// [1] DOSOVITSKIY A, BEYER L, et al. An image is worth 16x16 words[C]//Proceedings of …
/// </code>
/// The authors' line is names marked with the numbers of their units; the title is the line above it, the units the
/// numbered lines below (each with its city and postcode). A reference names its authors (Chinese names, or a Latin
/// surname in capitals with initials), its title before the kind mark ([J] a journal article, [C] a proceedings paper …)
/// and, for an article, its journal.
/// </summary>
internal static partial class PaperFrontMatter
{
    public sealed record Author(Capture Name, IReadOnlyList<int> Units);

    public sealed record Unit(int Number, Capture Name, Capture City, int LineStart, int LineEnd);

    public sealed record TitleBlock(Capture Title, int AuthorsStart, int AuthorsEnd, IReadOnlyList<Author> Authors, IReadOnlyList<Unit> Units);

    public sealed record Reference(int Start, int End, IReadOnlyList<Capture> Authors, Capture Title, Capture? Journal);

    public static IEnumerable<TitleBlock> TitleBlocks(string text)
    {
        foreach (Match line in NumberedAuthors().Matches(text))
        {
            if (TitleAbove(text, line.Index) is not { } title)
            {
                continue;
            }
            var names = line.Groups["name"].Captures;
            var marks = line.Groups["marks"].Captures;
            var authors = names.Select((name, i) => new Author(name, marks[i].Value.Split(',', '，').Select(int.Parse).ToList())).ToList();
            var units = NumberedUnit().Matches(text, line.Index + line.Length).TakeWhile(u => u.Index - line.Index - line.Length < 400)
                .Select(u => new Unit(int.Parse(u.Groups["number"].Value), u.Groups["unit"], u.Groups["city"], u.Index, u.Index + u.Length)).ToList();
            yield return new TitleBlock(title, line.Index, line.Index + line.Length, authors, units);
        }
    }

    public static IEnumerable<Reference> References(string text) =>
        ReferenceEntry().Matches(text).Select(m => new Reference(m.Index, m.Index + m.Length, m.Groups["author"].Captures.ToList(), m.Groups["title"],
            m.Groups["journal"].Success ? m.Groups["journal"] : null));

    public static IEnumerable<Candidate> Candidates(string text)
    {
        foreach (var block in TitleBlocks(text))
        {
            yield return Work(block.Title, "a paper's title above its numbered authors");
            foreach (var author in block.Authors)
            {
                yield return new Candidate(author.Name.Index, author.Name.Index + author.Name.Length, author.Name.Value, EntityType.Person, 0.8,
                    CandidateSource.ChineseTagger, Cue: "an author marked with the numbers of their units");
            }
            foreach (var unit in block.Units)
            {
                yield return new Candidate(unit.Name.Index, unit.Name.Index + unit.Name.Length, unit.Name.Value, EntityType.Organization, 0.85,
                    CandidateSource.OrganizationUnit, Cue: "a paper's numbered unit");
            }
        }
        foreach (Match line in LatinNumberedAuthors().Matches(text))
        {
            foreach (Capture name in line.Groups["name"].Captures)
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Person, 0.9, CandidateSource.LatinRecognizer,
                    Cue: "an author marked with the numbers of their units");
            }
        }
        foreach (var reference in References(text))
        {
            yield return Work(reference.Title, "a reference's title");
            if (reference.Journal is { } journal)
            {
                yield return Work(journal, "a referenced article's journal");
            }
            foreach (var author in reference.Authors)
            {
                yield return new Candidate(author.Index, author.Index + author.Length, author.Value, EntityType.Person, 0.8,
                    author.Value.Any(CharClass.IsHan) ? CandidateSource.ChineseTagger : CandidateSource.LatinRecognizer, Cue: "a reference's author");
            }
        }
    }

    private static Candidate Work(Capture name, string cue) =>
        new(name.Index, name.Index + name.Length, name.Value, EntityType.Work, 0.9, CandidateSource.BookTitle, Cue: cue);

    /// <summary>The nearest line above with text, when it reads as a title (not a journal's masthead with its volume).</summary>
    private static Capture? TitleAbove(string text, int lineStart)
    {
        var end = lineStart - 1;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end <= 0)
        {
            return null;
        }
        var start = TextLines.StartOf(text, end - 1);
        return Title().Match(text, start, end - start) is { Success: true } title ? title.Groups["title"] : null;
    }

    private const string Marks = @"(?<marks>\d(?:[,，]\d)*)";

    [GeneratedRegex(@"(?<=^|\n)[ \t]*(?<name>[\p{IsCJKUnifiedIdeographs}·]{2,4})" + Marks + @"(?:[ \t]*[,，、][ \t]*(?<name>[\p{IsCJKUnifiedIdeographs}·]{2,4})" + Marks + @")+[ \t]*(?=\n|$)")]
    private static partial Regex NumberedAuthors();

    [GeneratedRegex(@"(?<=^|\n)[ \t]*(?<name>\p{Lu}{2,}(?:[ \t]\p{Lu}\p{Ll}+){1,2})\d(?:,\d)*(?:[ \t]*,[ \t]*(?<name>\p{Lu}{2,}(?:[ \t]\p{Lu}\p{Ll}+){1,2})\d(?:,\d)*)+[ \t]*(?=\n|$)")]
    private static partial Regex LatinNumberedAuthors();

    [GeneratedRegex(@"\G[ \t#*_]*(?<title>[^\n]*\p{IsCJKUnifiedIdeographs}[^\n]{6,100}?)[ \t*_]*$")]
    private static partial Regex Title();

    [GeneratedRegex(@"(?<=^|\n)[ \t]*(?<number>\d)[.．、][ \t]*(?<unit>[^,，\n]{2,40}?)[ \t]*[,，][ \t]*(?<city>[\p{IsCJKUnifiedIdeographs}]{2,6})[ \t]+\d{6}[ \t]*(?=\n|$)")]
    private static partial Regex NumberedUnit();

    private const string ReferenceAuthor = @"(?<author>[\p{IsCJKUnifiedIdeographs}·]{2,4}|\p{Lu}[\p{Lu}'-]+(?:[ \t]\p{Lu}{1,2}){1,2})";

    [GeneratedRegex(@"(?<=^|\n)[ \t]*\[\d{1,3}\][ \t]*" + ReferenceAuthor + @"(?:[ \t]*[,，][ \t]*" + ReferenceAuthor + @")*(?:[ \t]*[,，][ \t]*(?:等|et[ \t]+al))?\.[ \t]*(?<title>[^\[\]\n]{4,200}?)[ \t]*\[(?<kind>J|C|M|D|R|N|P|S|Z|EB/OL|J/OL|C/OL)\](?:\.[ \t]*(?<journal>(?<=\[J\]\.[ \t]*)[^,，:：\n\d]{2,40}?)[ \t]*[,，])?")]
    private static partial Regex ReferenceEntry();
}
