namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// 国泰君安电子行业首席分析师, 鹿鸣资产半导体分析师: a broker's analysts are titled by the sector they cover, and the tagger reads the sector as the
/// end of the broker's name. The name ends before the sector.
/// </summary>
internal static class AnalystSectors
{
    private static readonly string[] Sectors =
    [
        "电子", "汽车", "医药", "计算机", "通信", "传媒", "银行", "非银", "化工", "机械", "半导体", "家电", "食品饮料", "电力设备",
        "新能源", "军工", "有色", "钢铁", "煤炭", "地产", "建筑", "交运", "农业", "环保", "零售", "纺织", "轻工", "社服", "海外",
    ];

    // 电子行业首席分析师, 鹿鸣资产半导体分析师: what follows the sector.
    private static readonly string[] SectorTitles = ["行业", "首席分析师", "分析师", "研究员"];

    public static void Trim(string text, List<Candidate> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (candidate.Type == EntityType.Organization && SectorTitles.Any(t => text.AsSpan(candidate.End).StartsWith(t, StringComparison.Ordinal))
                && Sectors.FirstOrDefault(s => candidate.Text.EndsWith(s, StringComparison.Ordinal)) is { } sector
                && candidate.Text.Length - sector.Length >= 2)
            {
                candidates[i] = candidate with { End = candidate.End - sector.Length, Text = candidate.Text[..^sector.Length] };
            }
        }
    }
}
