using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// A procurement notice lists what it buys one item a line, in fields: "名称：AI训练服务器；品牌（如有）：华为；规格型号：Atlas
/// 800T A2；数量：8台；…；制造商：华为技术有限公司". The model is a product, made by the maker (or, without one, the brand).
/// </summary>
internal static partial class ProcurementItems
{
    public sealed record Item(Capture Model, Capture? Maker, Capture? Brand, int LineStart, int LineEnd);

    public static IEnumerable<Item> Find(string text)
    {
        foreach (Match model in ModelField().Matches(text))
        {
            var lineStart = Text.TextLines.StartOf(text, model.Index);
            var lineEnd = Text.TextLines.EndOf(text, model.Index);
            var maker = MakerField().Match(text, lineStart, lineEnd - lineStart);
            var brand = BrandField().Match(text, lineStart, lineEnd - lineStart);
            yield return new Item(model.Groups["model"], maker.Success ? maker.Groups["value"] : null, brand.Success ? brand.Groups["value"] : null, lineStart, lineEnd);
        }
    }

    public static IEnumerable<Candidate> Candidates(string text) =>
        Find(text).Select(item => new Candidate(item.Model.Index, item.Model.Index + item.Model.Length, item.Model.Value, EntityType.Product, 0.9,
            CandidateSource.LatinRecognizer, Cue: "a procurement item's model"));

    // A model number has a letter and a digit ("NF5468M7", "ParaStor 300S"), unlike "按招标文件要求".
    [GeneratedRegex(@"规格型号[ \t]*[:：][ \t]*(?<model>(?=[^;；\n]*[A-Za-z])(?=[^;；\n]*\d)[A-Za-z0-9][A-Za-z0-9 ./+-]{1,38}[A-Za-z0-9])[ \t]*(?=[;；\n]|$)")]
    private static partial Regex ModelField();

    [GeneratedRegex(@"(?:制造商|生产厂家|生产商)[ \t]*[:：][ \t]*(?<value>[^;；\n]{2,40})")]
    private static partial Regex MakerField();

    [GeneratedRegex(@"品牌(?:[(（]如有[)）])?[ \t]*[:：][ \t]*(?<value>[^;；\n]{2,40})")]
    private static partial Regex BrandField();
}
