using Platform.Extraction.Engine.Chinese;

namespace Platform.Extraction.Engine.Tests.Chinese;

public sealed class ChineseSentenceSplitterTests
{
    [Fact]
    public void Split_SentenceEnds_CutsAfterTerminatorAndClosingQuote()
    {
        const string text = "他说：“走吧！”我们走了。真的吗?是的\n好";

        var pieces = ChineseSentenceSplitter.Split(text).Select(chunk => text.Substring(chunk.Start, chunk.Length)).ToList();

        Assert.Equal(["他说：“走吧！”", "我们走了。", "真的吗?", "是的\n", "好"], pieces);
    }

    [Fact]
    public void Split_LongLineWithoutTerminators_KeepsChunksWithinLimitAndCoversText()
    {
        var text = string.Concat(Enumerable.Repeat("北京大学的学生，", 100));

        var chunks = ChineseSentenceSplitter.Split(text, maxLength: 50);

        Assert.All(chunks, chunk => Assert.InRange(chunk.Length, 1, 50));
        Assert.All(chunks, chunk => Assert.Equal('，', text[chunk.End - 1]));
        Assert.Equal(text, string.Concat(chunks.Select(chunk => text.Substring(chunk.Start, chunk.Length))));
    }

    [Fact]
    public void Split_LimitInsideSurrogatePair_DoesNotSplitThePair()
    {
        var text = new string('中', 9) + "𠮷" + new string('文', 20);

        var chunks = ChineseSentenceSplitter.Split(text, maxLength: 10);

        Assert.All(chunks, chunk => Assert.False(char.IsLowSurrogate(text[chunk.Start])));
        Assert.Equal(text.Length, chunks.Sum(chunk => chunk.Length));
    }

    [Fact]
    public void Split_EmptyText_ReturnsNoChunks() => Assert.Empty(ChineseSentenceSplitter.Split(""));
}
