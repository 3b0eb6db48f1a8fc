using Platform.Extraction.Engine.Chinese;

namespace Platform.Extraction.Engine.Tests.Chinese;

public sealed class LacTaggerTests
{
    private static readonly LacTagger Tagger = new(LacModel.Shared);

    [Fact]
    public void Tag_SentenceWithPersonAndOrganisation_SpansCarryEntityLabels()
    {
        var sentence = Tagger.Tag("李明在北京大学读书，后来去了上海。");

        var words = sentence.Spans.Select(span => (sentence.TextOf(span), span.Label)).ToList();

        Assert.Contains(("李明", LacLabels.Person), words);
        Assert.Contains(("北京大学", LacLabels.Organization), words);
        Assert.Contains(("上海", LacLabels.Location), words);
    }

    [Fact]
    public void Spans_AnySentence_TileTheTaggedRegionAndStartAtBeginTags()
    {
        var sentence = Tagger.Tag("国家主席在人民大会堂会见了来访的法国总统，双方签署了5项协议。");

        Assert.Equal(sentence.TaggedStart, sentence.Spans[0].Start);
        Assert.Equal(sentence.TaggedEnd, sentence.Spans[^1].End);
        for (var i = 0; i < sentence.Spans.Count; i++)
        {
            var span = sentence.Spans[i];
            Assert.True(span.End > span.Start);
            Assert.StartsWith(span.Label, sentence.TagAt(span.Start));
            if (i > 0)
            {
                Assert.Equal(sentence.Spans[i - 1].End, span.Start);
            }

            for (var j = span.Start + 1; j < span.End; j++)
            {
                Assert.DoesNotContain("-B", sentence.TagAt(j));
            }
        }
    }

    [Fact]
    public void Tag_FullWidthText_TagsLikeItsHalfWidthFoldingWithSameOffsets()
    {
        const string fullWidth = "ＯｐｅｎＡＩ在２０２４年发布了ＧＰＴ－４ｏ，总部位于旧金山。";

        var full = Tagger.Tag(fullWidth);
        var half = Tagger.Tag(HalfWidth.Fold(fullWidth));

        Assert.Equal(fullWidth.Length, full.Tags.Count);
        Assert.Equal(half.Tags, full.Tags);
        Assert.Equal(half.Spans, full.Spans);
        Assert.Equal("２０２４年", full.Spans.Select(full.TextOf).Single(text => text.Contains('年')));
    }

    [Fact]
    public void Tag_MixedLatinAndDigits_EveryCharTaggedAndNumbersKeptTogether()
    {
        var sentence = Tagger.Tag("他用iPhone 15拍了3张照片，花了2999元。");

        Assert.Equal(sentence.Text.Length, sentence.Tags.Count);
        Assert.All(sentence.Tags, tag => Assert.False(string.IsNullOrEmpty(tag)));
        var words = sentence.Spans.Select(sentence.TextOf).ToList();
        Assert.Contains(words, word => word.Contains("2999"));
        Assert.Equal(sentence.Text, string.Concat(words));
    }

    [Fact]
    public void Tag_EmptyAndWhitespaceOnly_ReturnNoSpansAndOutsideTags()
    {
        var results = Tagger.Tag(["", "  \t\n", "　"]);

        Assert.Equal(3, results.Count);
        Assert.Empty(results[0].Tags);
        Assert.All(results, result => Assert.Empty(result.Spans));
        Assert.All(results[1].Tags, tag => Assert.Equal(LacLabels.Outside, tag));
        Assert.Equal([LacLabels.Outside], results[2].Tags);
    }

    [Fact]
    public void Tag_SurroundingWhitespace_IsStrippedLikeJiebaAndOffsetsStayInOriginalText()
    {
        var padded = Tagger.Tag("  张三去了北京。\n");
        var bare = Tagger.Tag("张三去了北京。");

        Assert.Equal(2, padded.TaggedStart);
        Assert.Equal(padded.Text.Length - 1, padded.TaggedEnd);
        Assert.Equal(bare.Spans.Select(span => span.Shift(2)), padded.Spans);
        Assert.Equal(LacLabels.Outside, padded.TagAt(0));
    }

    [Fact]
    public void Tag_SupplementaryPlaneChars_LowSurrogateContinuesTheWord()
    {
        var sentence = Tagger.Tag("𠮷野家在东京开了新店。");

        Assert.Equal(sentence.Text.Length, sentence.Tags.Count);
        Assert.EndsWith("-I", sentence.TagAt(1));
        Assert.All(sentence.Spans, span => Assert.False(char.IsLowSurrogate(sentence.Text[span.Start])));
    }

    [Fact]
    public void Tag_BatchOfSentences_EqualsTaggingEachAlone()
    {
        var sentences = new[]
        {
            "华为在深圳发布了新手机。", "好", "", "马云创办了阿里巴巴。", "2024年春节联欢晚会在中央电视台播出，主持人是撒贝宁。",
            "  Tesla的CEO是Elon Musk。", "长江和黄河是中国的母亲河。", "我", "联合国秘书长古特雷斯访问了日本东京和韩国首尔。",
        };
        var many = Enumerable.Range(0, 150).Select(i => sentences[i % sentences.Length] + new string('的', i % 7)).ToList();

        var together = Tagger.Tag(many);

        for (var i = 0; i < many.Count; i++)
        {
            var alone = Tagger.Tag(many[i]);
            Assert.Equal(alone.Tags, together[i].Tags);
            Assert.Equal(alone.Spans, together[i].Spans);
        }
    }

    [Fact]
    public void TagText_VeryLongLine_ChunksAndReturnsSpansInWholeTextOffsets()
    {
        var sentence = "北京大学的王教授和清华大学的李博士在上海参加了人工智能大会，";
        var text = string.Concat(Enumerable.Repeat(sentence, 200)) + "结束";

        var spans = Tagger.TagText(text, maxChunkLength: 120);

        Assert.Equal(0, spans[0].Start);
        Assert.Equal(text.Length, spans[^1].End);
        for (var i = 1; i < spans.Count; i++)
        {
            Assert.Equal(spans[i - 1].End, spans[i].Start);
        }

        var organisations = spans.Where(span => span.Label == LacLabels.Organization).Select(span => text[span.Start..span.End]).ToList();
        Assert.Contains("北京大学", organisations);
        Assert.True(organisations.Count >= 200, $"only {organisations.Count} ORG spans in 200 repetitions");
        var chunk = ChineseSentenceSplitter.Split(text, 120)[1];
        var direct = Tagger.Tag(text.Substring(chunk.Start, chunk.Length)).Spans.Select(span => span.Shift(chunk.Start));
        Assert.Subset(spans.ToHashSet(), direct.ToHashSet());
    }

    [Fact]
    public void Tag_ConcurrentCallers_GetSameResultsAsSequential()
    {
        var sentences = Enumerable.Range(0, 40).Select(i => $"第{i}位选手张{i}来自广州市第{i}中学。").ToList();
        var expected = Tagger.Tag(sentences);

        var results = new IReadOnlyList<LacTaggedSentence>[4];
        Parallel.For(0, results.Length, i => results[i] = Tagger.Tag(sentences));

        Assert.All(results, result => Assert.Equal(expected.Select(s => s.Tags), result.Select(s => s.Tags)));
    }
}
