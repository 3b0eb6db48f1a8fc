using System.Collections.Frozen;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Whether a string tagged as a person can be a Chinese name: it starts with a common surname (张华), or
/// it is a transliteration written with the characters transliteration uses (克莱格, 纳德拉). Words the
/// tagger mislabels ("从一") are neither.
/// </summary>
internal static class ChineseNameShape
{
    // The most common Chinese surnames (about 85% of the population) and compound surnames.
    private static readonly FrozenSet<char> Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝阙郦宓蔺厉萧钮逯鄢冼谌璩"
            .ToFrozenSet();

    private static readonly string[] CompoundSurnames = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐"];

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
        if (end - start < 3 || !Surnames.Contains(text[start]))
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

    /// <summary>One of the most common surnames (王, 高, 欧阳 is not: one character).</summary>
    public static bool IsCommonSurname(char c) => Surnames.Contains(c);

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
        var surname = CompoundSurnames.FirstOrDefault(s => name.StartsWith(s, StringComparison.Ordinal))
            ?? (Surnames.Contains(name[0]) ? name[..1] : null);
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
