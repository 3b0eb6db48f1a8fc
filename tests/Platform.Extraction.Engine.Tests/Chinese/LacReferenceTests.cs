using Platform.Extraction.Engine.Chinese;

namespace Platform.Extraction.Engine.Tests.Chinese;

/// <summary>
/// Tags must equal jieba's LAC-small pipeline exactly. PaddlePaddle is not packaged by Debian, so the
/// reference is lac_reference.py: jieba's own reader_small (strip, dictionary, OOV) and utils.parse_result
/// around a float32 numpy version of the network reading the same model_baseline/ tensors.
/// </summary>
public sealed class LacReferenceTests
{
    // Written for this test: names, organisations, places, times, titles, Latin words, digits,
    // full-width forms, quotes, surrounding whitespace, supplementary-plane chars.
    private static readonly string[] Sentences =
    [
        "张伟和王芳昨天在上海浦东新区签署了合作协议。",
        "阿里巴巴集团董事局主席马云出席了杭州的发布会。",
        "华为技术有限公司总部位于广东省深圳市龙岗区。",
        "2023年10月1日，国家主席在人民大会堂发表讲话。",
        "李白是唐代著名诗人，代表作有《静夜思》和《将进酒》。",
        "清华大学和北京大学的学生参加了第十届全国数学竞赛。",
        "欧阳娜娜将于下周三飞往纽约参加时装周。",
        "苹果公司CEO蒂姆·库克宣布iPhone 15将在9月发布。",
        "我们使用Python和C#开发了一个新的NLP系统，准确率达到95.6%。",
        "微软亚洲研究院的研究员发表了关于GPT-4的论文。",
        "联合国教科文组织总部设在法国巴黎。",
        "长江是中国第一长河，全长约6300公里。",
        "中国人民银行宣布下调存款准备金率0.25个百分点。",
        "刘德华主演的电影《无间道》在香港上映。",
        "腾讯控股有限公司2022年营收为5545亿元人民币。",
        "ＯｐｅｎＡＩ发布了ＣｈａｔＧＰＴ，引起了全球关注！",
        "今天是２０２４年３月１５日，天气晴朗。",
        "  他说：“我明天去南京。”  ",
        "小明的电话号码是13800138000，邮箱是xiaoming@example.com。",
        "国务院总理在北京会见了来访的德国总理。",
        "上海交通大学医学院附属瑞金医院位于黄浦区。",
        "百度的文心一言和字节跳动的豆包都是大语言模型。",
        "乒乓球拍卖完了",
        "下雨天留客天留我不留",
        "中华人民共和国成立于1949年。",
        "北京时间晚上8点30分，比赛正式开始。",
        "特斯拉在上海临港建设了超级工厂Gigafactory。",
        "王小二的爸爸叫王大锤，住在河北省石家庄市。",
        "这本书的作者是鲁迅，出版社是人民文学出版社。",
        "他毕业于Stanford University，现在在Google工作。",
        "深圳市南山区科技园的房价每平方米超过10万元。",
        "𠮷野家的牛肉饭很好吃，我吃了2碗😀。",
        "敦煌莫高窟是世界文化遗产。",
        "\t新华社记者张三报道\n",
        "A股市场今天上涨了3.5%，创业板指数收于2100点。",
        "诸葛亮在《出师表》中写道：“鞠躬尽瘁，死而后已。”",
        "日本东京大学与韩国首尔大学签订了交流协议。",
        "好",
        "ABC",
        "马斯克的SpaceX公司成功发射了星舰Starship。",
        "欧盟委员会主席冯德莱恩访问了北京和上海。",
        "新冠疫情期间，武汉市的医护人员做出了巨大贡献。",
    ];

    private static readonly LacTagger Tagger = new(LacModel.Shared);

    [PythonReferenceFact]
    public void Tag_VariedSentences_EqualsJiebaReferenceTagsExactly()
    {
        var reference = LacReferenceRunner.Tag(Sentences);
        var ours = Tagger.Tag(Sentences);

        Assert.Equal(Sentences.Length, reference.Count);
        var mismatches = new List<string>();
        for (var i = 0; i < Sentences.Length; i++)
        {
            var ourTags = PerCodePoint(ours[i]);
            if (!ourTags.SequenceEqual(reference[i].Tags))
            {
                mismatches.Add($"{Sentences[i]}\n  ours: {string.Join(' ', ourTags)}\n  jieba: {string.Join(' ', reference[i].Tags)}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [PythonReferenceFact]
    public void Spans_VariedSentences_GroupWordsAsJiebaParseResult()
    {
        var reference = LacReferenceRunner.Tag(Sentences);
        var ours = Tagger.Tag(Sentences);

        for (var i = 0; i < Sentences.Length; i++)
        {
            var sentence = ours[i];
            var ourWords = sentence.Spans
                .Select(span => (CodePoints: CountCodePoints(sentence.TextOf(span)), span.Label))
                .ToList();
            var jiebaWords = reference[i].Words.Zip(reference[i].WordTags, (word, tag) => (CodePoints: CountCodePoints(word), Label: tag)).ToList();
            Assert.Equal(jiebaWords, ourWords);
            Assert.Equal(reference[i].Leading, CountCodePoints(Sentences[i][..sentence.TaggedStart]));
        }
    }

    private static List<string> PerCodePoint(LacTaggedSentence sentence)
    {
        var tags = new List<string>();
        for (var i = sentence.TaggedStart; i < sentence.TaggedEnd; i++)
        {
            if (i > sentence.TaggedStart && char.IsLowSurrogate(sentence.Text[i]) && char.IsHighSurrogate(sentence.Text[i - 1]))
            {
                continue;
            }

            tags.Add(sentence.TagAt(i));
        }

        return tags;
    }

    private static int CountCodePoints(string text) => text.EnumerateRunes().Count();
}
