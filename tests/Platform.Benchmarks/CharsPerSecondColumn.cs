using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Platform.Benchmarks;

/// <summary>
/// Input characters divided by the median time of one call, one thread. Columns run in the host process, not
/// in the benchmark's, so <paramref name="inputChars"/> rebuilds the case's input to count it (null: no figure).
/// </summary>
internal sealed class CharsPerSecondColumn(Func<BenchmarkCase, int?> inputChars) : IColumn
{
    public string Id => nameof(CharsPerSecondColumn);
    public string ColumnName => "Chars/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Input characters per second from the median, one thread";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var median = summary[benchmarkCase]?.ResultStatistics?.Median;
        if (median is not > 0 || inputChars(benchmarkCase) is not { } chars)
        {
            return "NA";
        }

        return (chars / (median.Value / 1e9)).ToString("N0", style.CultureInfo ?? CultureInfo.InvariantCulture);
    }
}
