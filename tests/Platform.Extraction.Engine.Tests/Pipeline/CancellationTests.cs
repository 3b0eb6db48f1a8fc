namespace Platform.Extraction.Engine.Tests.Pipeline;

/// <summary>An abandoned extraction stops: the engine checks its token between stages and batches of sentences.</summary>
public sealed class CancellationTests
{
    private static readonly IEntityExtractor Extractor = ExtractionEngine.CreateDefault();

    // About 1,000,000 characters in both scripts: far longer than the test lets it run.
    private static readonly string LongText = string.Concat(Enumerable.Repeat(
        "微软首席执行官萨提亚·纳德拉在雷德蒙德宣布与OpenAI扩大合作。Satya Nadella said Microsoft and OpenAI will keep building Copilot together.\n", 8_000));

    [Fact]
    public void Extract_AlreadyCancelled_ThrowsBeforeAnyWork()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => Extractor.Extract("Microsoft", cancellationToken: cancelled.Token));
    }

    [Theory]
    [InlineData(50)]
    [InlineData(400)]
    public async Task Extract_CancelledMidway_ThrowsInsteadOfFinishing(int afterMilliseconds)
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(afterMilliseconds));

        var extraction = Task.Run(() => Extractor.Extract(LongText, cancellationToken: cancellation.Token));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => extraction);
    }
}
