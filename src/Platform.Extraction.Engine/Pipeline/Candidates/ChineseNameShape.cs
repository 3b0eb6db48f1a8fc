using System.Collections.Frozen;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Whether a string tagged as a person can be a Chinese name: it starts with a common surname (张华), or
/// it is a transliteration written with the characters transliteration uses (克莱格, 纳德拉). Words the
/// tagger mislabels ("从一") are neither.
/// </summary>
internal static class ChineseNameShape
{
    // Characters that transliterations of foreign names are written with (音译用字).
    private static readonly FrozenSet<char> TransliterationCharacters =
        "阿埃艾爱安奥澳巴拜班邦保贝本比彼毕宾波伯博布采查达戴丹道德登迪蒂丁东杜多厄恩尔法范菲斐费芬丰弗福夫盖甘冈戈哥格根古瓜圭哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎拉莱赖兰朗劳勒雷里理利莉丽连林琳卢鲁路伦罗洛马玛迈麦曼梅蒙米敏摩莫姆穆纳娜奈南内尼涅纽努诺欧帕潘佩彭皮普齐奇恰乔切琼萨塞赛桑瑟森沙莎尚舍什施史斯苏索塔泰坦汤唐特提汀图托瓦万旺威韦维温沃乌西希锡夏谢辛休修雅亚扬耶伊因英尤约泽扎詹兹佐"
            .ToFrozenSet();

    // After a surname these make a reference, not a name: 郭某 (a person the text keeps anonymous), 王总 (boss Wang),
    // 董妻 (Dong's wife), 周称 (Zhou said), 王曾 (Wang once …), 董秘 (a listed firm's board secretary).
    private static readonly FrozenSet<char> NotGivenNames = "某总妻夫称说曾秘".ToFrozenSet();

    /// <summary>
    /// 侯建彬称，…, 罗苇接任院长, 彭楚任总裁: a tagger reads the verb after a name into the name. A person's span of a common
    /// surname and three characters, the last 称 or 说 before a comma or colon, ends before that verb; so does one ending
    /// in a verb of taking or leaving a post or of reporting (接任, 汇报) or in a degree (孟岚本科), and a three-character one
    /// ending in 任 before a title.
    /// </summary>
    public static int WithoutTrailingVerb(string text, int start, int end)
    {
        if (end - start < 3 || !ChineseSurnames.Common.Contains(text[start]))
        {
            return end;
        }
        if (end - start == 4 && text[end - 1] is '称' or '说' && end < text.Length && text[end] is '，' or '：' or ',' or ':')
        {
            return end - 1;
        }
        if (end - start == 4 && WordsAfterAName.Any(v => text.AsSpan(end - 2, 2).SequenceEqual(v)))
        {
            return end - 2;
        }
        return end - start == 3 && text[end - 1] == '任' && TitleAt(text, end) ? end - 1 : end;
    }

    private static readonly string[] PostVerbs = ["曾任", "现任", "历任", "兼任", "出任", "担任", "升任", "接任"];

    // Verbs of taking or leaving a post or of reporting, and degrees (孟岚本科和博士均毕业于清华, 孟岚博士).
    private static readonly string[] WordsAfterAName = ["接任", "卸任", "出任", "担任", "兼任", "汇报", "加盟", "加入", "离职", "本科", "博士", "硕士"];

    private static bool TitleAt(string text, int at) =>
        PostTitles.Any(t => text.AsSpan(at).StartsWith(t, StringComparison.Ordinal));

    private static readonly string[] PostTitles = ["总裁", "副总裁", "首席", "董事", "总经理", "CEO", "CTO", "COO", "CFO", "院长", "所长", "主任", "公司"];

    /// <summary>
    /// 澄明智能去年, 刘敏补充, 泊远资本持续(跟投): a time word, a verb of speaking or an adverb of going on the tagger read into
    /// the end of a name (what the firm did last year, what the official added, what an investor kept doing) is no part of it.
    /// </summary>
    public static int WithoutTrailingTimeOrSpeech(string text, int start, int end) =>
        TrailingTimeOrSpeech.FirstOrDefault(w => text.AsSpan(start, end - start).EndsWith(w, StringComparison.Ordinal)) is { } word
            && end - word.Length - start >= 2
            ? end - word.Length : end;

    private static readonly string[] TrailingTimeOrSpeech = ["去年", "今年", "明年", "此前", "目前", "近日", "日前", "补充", "表示", "透露", "介绍", "指出", "认为", "强调", "坦言", "持续", "继续"];

    /// <summary>A caption's "from the left" (左起：章一鸥、何以衡…) before the names it orders, which reads as a surname and a name.</summary>
    public static bool IsACaptionsOrder(Candidate candidate) => candidate.Text is "左起" or "右起";

    /// <summary>One of the most common surnames (王, 高, 欧阳 is not: one character).</summary>
    public static bool IsCommonSurname(char c) => ChineseSurnames.Common.Contains(c);

    /// <summary>The common or compound surname a name opens with (欧阳 of 欧阳晟, 钱 of 钱若溪), if any.</summary>
    public static string? SurnameOf(string name) =>
        ChineseSurnames.Compound.FirstOrDefault(s => name.StartsWith(s, StringComparison.Ordinal))
        ?? (name.Length > 0 && ChineseSurnames.Common.Contains(name[0]) ? name[..1] : null);

    /// <summary>A character transliterations of foreign names are written with (萨, 姆, 奥).</summary>
    public static bool IsTransliterationCharacter(char c) => TransliterationCharacters.Contains(c);

    /// <param name="isCommonWord">An everyday word cannot be the given name after a surname ("周" + "环比").</param>
    public static bool IsPlausiblePersonName(string name, Func<string, bool> isCommonWord)
    {
        if (name.Contains('·'))
        {
            return true;
        }
        if (name.Length is < 2 or > 4)
        {
            return false;
        }
        var surname = SurnameOf(name);
        // 曾任|容诚: a span opening with a verb of holding a post (曾任, once served as) is that verb before a name.
        if (name.Length == 4 && PostVerbs.Any(v => name.StartsWith(v, StringComparison.Ordinal)))
        {
            return false;
        }
        if (surname is not null && name.Length > surname.Length)
        {
            var givenName = name[surname.Length..];
            return givenName.Length == 1 ? !NotGivenNames.Contains(givenName[0]) : !isCommonWord(givenName);
        }
        return name.All(TransliterationCharacters.Contains);
    }
}
