using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Platform.Benchmarks;

/// <summary>Adds the Chars/s column to <see cref="EngineBenchmarks"/>, counting the <see cref="EngineInputs"/> input each case names.</summary>
internal sealed class EngineCharsPerSecondConfig : ManualConfig
{
    public EngineCharsPerSecondConfig() => AddColumn(new CharsPerSecondColumn(InputChars));

    private static int? InputChars(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters[nameof(EngineBenchmarks.Input)] is string input
            ? EngineInputs.Load(input).Sum(text => text.Length)
            : null;
}
