using System.Text.RegularExpressions;
using Platform.Extraction.Engine.KnowledgeBase;
using Platform.Extraction.Engine.Latin;
using Platform.Extraction.Engine.Pipeline.Candidates;
using Platform.Extraction.Engine.Pipeline.Linking;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Resolution;

/// <summary>
/// Groups a document's selected candidates into entities. Each step that joins two names records why:
/// a KB alias, a CC-CEDICT translation, a gloss in parentheses, a transliteration, a spelling variant,
/// or a short form of a full name.
/// </summary>
public sealed partial class EntityResolver(EntityKnowledgeBase knowledgeBase, Func<string, IReadOnlyList<string>> translateChinese, PhoneticKey phonetic)
{
    public List<EntityCluster> Resolve(string text, IReadOnlyList<Candidate> candidates, CancellationToken cancellationToken = default)
    {
        var clusters = new Dictionary<string, EntityCluster>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (entry, reason) = candidate.Entry is { } known
                ? (known, $"\"{candidate.Text}\" is a knowledge-base name of {known.Name}")
                : LinkToKnowledgeBase(candidate);
            var key = entry is not null ? "kb:" + entry.Id : "name:" + MatchFolding.Key(candidate.Text);
            if (!clusters.TryGetValue(key, out var cluster))
            {
                clusters[key] = cluster = new EntityCluster(entry);
            }
            if (reason is not null && !cluster.MergeReasons.Contains(reason))
            {
                cluster.MergeReasons.Add(reason);
            }
            cluster.Mentions.Add(candidate);
        }
        var all = clusters.Values.ToList();
        MergeParenthesisedGlosses(text, all);
        MergeStandardsWithTheirTitles(text, all);
        MergeDeclaredShortNames(text, all);
        MergeTransliterations(all);
        MergeTranslations(all);
        MergeSpellingVariants(all);
        MergeMisspelledNames(all);
        MergeShortForms(all);
        MergeInstitutionsWithoutTheirField(all);
        MergeInitials(all);
        MergeNamesSurnameFirst(all);
        MergeClippedShortForms(all);
        MergeProductsWithTheirVersions(all);
        CuratedSurnamesOfAnotherPerson(all);
        SurnamesReadAsPlaces(text, all);
        ChineseGivenNamesAlone(all);
        SurnamesReadAsFirms(text, all);
        MergeFormerNames(text, all);
        return all;
    }

    /// <summary>
    /// "Mass General" for Massachusetts General Hospital: an organisation's short form (its words before the head noun) with
    /// the first word clipped, as a long word often is in speech, when exactly one organisation of the document has it.
    /// "Mass General Brigham" is no clipping of it: every word after the first must be the same.
    /// </summary>
    private static void MergeClippedShortForms(List<EntityCluster> all)
    {
        foreach (var clipped in all.Where(c => c.Entry is null && c.Type is EntityType.Organization or EntityType.Location && c.LatinForms.Any()).ToList())
        {
            var owners = all.Where(c => c != clipped && c.Type == EntityType.Organization
                && c.LatinForms.Select(f => LatinShortForm(f, everydayWords: true)).OfType<string>()
                    .Any(shortForm => clipped.LatinForms.Any(f => IsClipping(f, shortForm)))).ToList();
            if (owners is [{ } owner] && all.Contains(clipped))
            {
                Merge(all, owner, clipped, $"\"{clipped.LatinForms.First()}\" is \"{owner.Name}\" with its first word clipped");
            }
        }
    }

    private static bool IsClipping(string clipped, string full)
    {
        var (clippedWords, fullWords) = (clipped.Split(' '), full.Split(' '));
        return clippedWords.Length == fullWords.Length && clippedWords.Length >= 2 && clippedWords[0].Length >= 3
            && fullWords[0].Length >= clippedWords[0].Length + 3 && fullWords[0].StartsWith(clippedWords[0], StringComparison.Ordinal)
            && clippedWords.AsSpan(1).SequenceEqual(fullWords.AsSpan(1));
    }

    /// <summary>
    /// "Wren" in a headline and "Wren-34B" in the text are one product the knowledge base does not know: a name that is
    /// exactly the family part of one versioned name of another product in the document (a hyphen or a space, then a
    /// number) joins it. So does a curated Chinese family beside the one model of it the text names (昇腾, 昇腾910B).
    /// </summary>
    private static void MergeProductsWithTheirVersions(List<EntityCluster> all)
    {
        var products = all.Where(c => c.Entry is null && c.Type == EntityType.Product).ToList();
        foreach (var family in products)
        {
            var versions = products.Where(v => v != family && v.LatinForms.Any(f => family.LatinForms.Any(name => IsVersionOf(f, name)))).ToList();
            if (versions is [{ } versioned] && all.Contains(family) && all.Contains(versioned))
            {
                Merge(all, versioned, family, $"\"{family.Name}\" is the family name of \"{versioned.Name}\"");
            }
        }
        // "测试华为的昇腾910B。说实话，昇腾的软件生态……": a curated family named alone beside the one model of it the text names.
        foreach (var family in all.Where(c => c.Entry is not null && c.Type == EntityType.Product && c.ChineseForms.Any()).ToList())
        {
            var versions = products.Where(v => all.Contains(v) && v.ChineseForms.Any(f => family.ChineseForms.Any(name => IsModelOf(f, name)))).ToList();
            if (versions is [{ } versioned])
            {
                Merge(all, versioned, family, $"\"{family.ChineseForms.First()}\" is the family name of \"{versioned.Name}\"");
            }
        }
    }

    private static bool IsModelOf(string model, string family) =>
        model.Length > family.Length && model.StartsWith(family, StringComparison.Ordinal) && char.IsAsciiDigit(model[family.Length]);

    private static bool IsVersionOf(string versioned, string family) =>
        family.Length >= 3 && versioned.Length > family.Length + 1 && versioned.StartsWith(family, StringComparison.Ordinal)
        && versioned[family.Length] is '-' or ' ' && char.IsAsciiDigit(versioned[family.Length + 1]);

    /// <summary>
    /// A short name the text declares for the name before it: "北京智谱华章科技有限公司（以下简称“智谱AI”）", "Zhipu
    /// Huazhang Technology Co. (hereinafter "Zhipu")", or in bare parentheses a piece of the name itself
    /// (天穹云计算有限公司（天穹云）, a pleading's Veltrace Labs, Inc. ("Veltrace")). Both are one organisation. The short name's own mention may come from a later pass
    /// than the resolver's; then the one cluster with a mention of that text is it.
    /// </summary>
    private static void MergeDeclaredShortNames(string text, List<EntityCluster> all)
    {
        foreach (var declared in DeclaredShortName().Matches(text).Concat(ParenthesisedShortName().Matches(text)).Concat(QuotedShortName().Matches(text)))
        {
            // （下称“知镜科技”或“知镜”）: each short name declared is the full name's.
            foreach (Capture declaredShort in declared.Groups["short"].Captures)
            {
                MergeDeclaredShortName(all, declared, declaredShort);
            }
        }
    }

    private static void MergeDeclaredShortName(List<EntityCluster> all, Match declared, Capture declaredShort)
    {
        var fullMention = all.SelectMany(c => c.Mentions.Where(m => m.End == declared.Index).Select(m => (Cluster: c, m.Text))).FirstOrDefault();
        var full = fullMention.Cluster;
        // In bare parentheses, a piece of the name, or its characters in order after a firm's registered name
        // (西安辙远自动驾驶科技有限公司（辙远科技）), where a place (…有限公司（北京）) is no short name.
        var piece = fullMention.Text is { } fullText && fullText.Length > declaredShort.Length && fullText.Contains(declaredShort.Value, StringComparison.Ordinal);
        var inOrder = !piece && fullMention.Text is { } registered && declaredShort.Length >= 3 && RegisteredName().IsMatch(registered)
            && CharactersInOrder(declaredShort.Value, registered);
        if (!declared.Groups["keyword"].Success && !piece && !inOrder)
        {
            return;
        }

        var shortName = all.FirstOrDefault(c => c.Mentions.Any(m => m.Start == declaredShort.Index && m.End == declaredShort.Index + declaredShort.Length))
            ?? (all.Where(c => c.Mentions.Any(m => m.Text == declaredShort.Value)).ToList() is [{ } namedSo] ? namedSo : null);
        // A firm's declared short name a tagger read as a person's is the firm's (上海朔方云计算有限公司（“朔方云”）).
        var personForAFirm = full is { Type: EntityType.Organization } && shortName is { Type: EntityType.Person };
        if (full is not null && shortName is not null && full != shortName && (Compatible(full.Type, shortName.Type) || personForAFirm)
            && !(inOrder && shortName.Type == EntityType.Location))
        {
            if (personForAFirm)
            {
                shortName.Retype(full.Type);
            }
            Merge(all, full, shortName, $"\"{declaredShort.Value}\" is the short name the text declares for \"{full.Name}\"");
        }
    }

    [GeneratedRegex(@"[（(]\s*(?<keyword>以下简称|下称|简称|hereinafter|hereafter)\s*[“""「]?(?<short>[^”""」）)\n]{1,30}?)[”""」]?(?:\s*(?:或|、|/|or)\s*[“""「](?<short>[^”""」）)\n]{1,30}?)[”""」])*\s*[）)]")]
    internal static partial Regex DeclaredShortName();

    [GeneratedRegex(@"[（(][“""「]?(?<short>\p{IsCJKUnifiedIdeographs}{2,8})[”""」]?[）)]")]
    private static partial Regex ParenthesisedShortName();

    // From the space after the full name: Thornbury House Publishing LLC ("Thornbury House").
    // The first of several terms counts too: Corvanta Technologies, Inc. ("Corvanta," the "Company," "we," or "us").
    [GeneratedRegex(@"\s\([""“](?<short>\p{Lu}[^""”,)\n]{1,40}?),?[""”](?:\)|,?\s+(?:the|or|and)\s+[""“])")]
    private static partial Regex QuotedShortName();

    [GeneratedRegex("(?:有限公司|有限责任公司|股份公司|集团)$")]
    private static partial Regex RegisteredName();

    private static bool CharactersInOrder(string shortForm, string fullName) => EndOfCharactersInOrder(shortForm, fullName) > 0;

    /// <summary>Where the last of <paramref name="shortForm"/>'s characters, found in order in <paramref name="fullName"/>, ends; 0 when they are not all there.</summary>
    private static int EndOfCharactersInOrder(string shortForm, string fullName)
    {
        var at = 0;
        foreach (var c in shortForm)
        {
            at = fullName.IndexOf(c, at) + 1;
            if (at == 0)
            {
                return 0;
            }
        }
        return at;
    }

    /// <summary>
    /// "Ellison said", after "Senator Mark Ellison" was named and Larry Ellison never was: a curated person met only by
    /// their surname is the one person of the document named in full with that surname, who is someone else.
    /// </summary>
    private static void CuratedSurnamesOfAnotherPerson(List<EntityCluster> all)
    {
        foreach (var curated in all.Where(c => c.Entry is { Type: EntityType.Person } && c.Forms.All(IsSingleToken)).ToList())
        {
            if (OnlyPersonWithSurname(all, curated, uncuratedOnly: true) is { } person)
            {
                TakeAsSurname(all, person, curated, $"\"{curated.Forms.First()}\" is the surname of \"{person.Name}\", named in full here, not of {curated.Entry!.Name}");
            }
        }
    }

    /// <summary>
    /// "曾用名：杭州澜序信息技术有限公司" under a firm's name, "澜序智能（原名…）", "Vyrel AI (formerly Northlake Labs)": a firm's
    /// former name is the same firm: the one named last before the word that says so, in the same paragraph.
    /// </summary>
    private static void MergeFormerNames(string text, List<EntityCluster> all)
    {
        foreach (Match cue in FormerNameCue().Matches(text))
        {
            var after = cue.Index + cue.Length;
            var former = all.FirstOrDefault(c => c.Entry is null && c.Type == EntityType.Organization && c.Mentions.Any(m => m.Start == after));
            var current = all.Where(c => c != former && c.Type == EntityType.Organization)
                .SelectMany(c => c.Mentions.Where(m => m.End <= cue.Index && m.End >= cue.Index - 80
                    && !text.AsSpan(m.End, cue.Index - m.End).Contains("\n\n", StringComparison.Ordinal)).Select(m => (Cluster: c, m.End)))
                .OrderByDescending(x => x.End).Select(x => x.Cluster).FirstOrDefault();
            if (former is not null && current is not null)
            {
                former.FormerNames.UnionWith(former.Forms);
                Merge(all, current, former, $"\"{former.Forms.First()}\" is the former name of \"{current.Name}\"");
            }
        }
    }

    [GeneratedRegex(@"(?:曾用名|原名|原称|formerly(?:\s+known\s+as)?)[ \t]*[：:]?[ \t]*")]
    private static partial Regex FormerNameCue();

    /// <summary>
    /// "Hartwig told Stackline", after "Lena Hartwig" was named: a firm outside the KB spelled as the surname of exactly one
    /// person named in full, where what follows it is said of a person, is that person.
    /// </summary>
    private static void SurnamesReadAsFirms(string text, List<EntityCluster> all)
    {
        foreach (var firm in all.Where(c => c is { Entry: null, Type: EntityType.Organization } && c.Forms.All(IsSingleToken)).ToList())
        {
            if (firm.Mentions.All(m => IsSaidOfAPerson(text, m))
                && OnlyPersonWithSurname(all, firm, uncuratedOnly: true) is { } person)
            {
                TakeAsSurname(all, person, firm, $"\"{firm.Forms.First()}\" is the surname of \"{person.Name}\", said of a person");
            }
        }
    }

    /// <summary>
    /// "Brisbane is the chief technology officer", after "Tom Brisbane" was named: a place spelled as the surname
    /// of exactly one person named in full in the document is that person, unless a preposition of place comes before
    /// it (in Brisbane, from Brisbane). So is a place spelled as the given name of exactly one ("Helena leads …" under
    /// "Dr. Helena Wierzbicka").
    /// </summary>
    private static void SurnamesReadAsPlaces(string text, List<EntityCluster> all)
    {
        foreach (var place in all.Where(c => c.Type == EntityType.Location && c.Forms.All(IsSingleToken)).ToList())
        {
            var surnameOf = OnlyPersonWithSurname(all, place, uncuratedOnly: false);
            if ((surnameOf ?? OnlyPersonWith(all, place, GivenName, uncuratedOnly: false)) is { } person
                && !place.Mentions.Any(m => PlacePreposition().IsMatch(text.AsSpan(Math.Max(0, m.Start - 12), Math.Min(12, m.Start)))))
            {
                TakeAsSurname(all, person, place, $"\"{place.Forms.First()}\" is the {(surnameOf is null ? "given name" : "surname")} of \"{person.Name}\", not the place");
            }
        }
    }

    /// <summary>
    /// "若溪刚才说了", "以衡，顺便问一句": in a conversation a Chinese person goes by the given name alone, after the
    /// full name (钱若溪) was given. A name of two characters the KB does not know, read as a person or a place, that is
    /// the given name of exactly one person named in full is that person; so is a three-character "name" that does not
    /// open with a surname but with that given name, its last character the verb after it (曼青带的研发团队).
    /// </summary>
    private static void ChineseGivenNamesAlone(List<EntityCluster> all)
    {
        var fullNames = all.Where(c => c.Type == EntityType.Person)
            .SelectMany(c => c.ChineseForms.Where(f => f.Length is 3 or 4 && ChineseNameShape.SurnameOf(f) is { } surname && f.Length - surname.Length == 2)
                .Select(f => (Given: f[^2..], Person: c)))
            .GroupBy(x => x.Given, StringComparer.Ordinal).Where(g => g.Select(x => x.Person).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Person, StringComparer.Ordinal);
        foreach (var alone in all.Where(c => c.Entry is null && c.Type is EntityType.Person or EntityType.Location && !c.LatinForms.Any()).ToList())
        {
            var forms = alone.ChineseForms.ToList();
            if (forms.All(f => f.Length == 2) && forms.Select(f => fullNames.GetValueOrDefault(f)).Distinct().ToList() is [{ } person] && person != alone)
            {
                TakeAsSurname(all, person, alone, $"\"{forms[0]}\" is the given name of \"{person.Name}\"");
            }
            else if (alone.Type == EntityType.Person && forms.All(f => f.Length == 3 && !ChineseSurnames.Common.Contains(f[0]))
                && forms.Select(f => fullNames.GetValueOrDefault(f[..2])).Distinct().ToList() is [{ } named] && named != alone)
            {
                named.Mentions.AddRange(alone.Mentions.Select(m => m with { End = m.End - 1, Text = m.Text[..2], Type = EntityType.Person }));
                named.MergeReasons.Add($"\"{forms[0][..2]}\" is the given name of \"{named.Name}\", before a verb");
                all.Remove(alone);
            }
        }
    }

    /// <summary>The one person the document names in full with a surname spelled as one of <paramref name="surname"/>'s forms.</summary>
    private static EntityCluster? OnlyPersonWithSurname(List<EntityCluster> all, EntityCluster surname, bool uncuratedOnly) =>
        OnlyPersonWith(all, surname, f => NameParts(f).LastOrDefault(), uncuratedOnly);

    /// <summary>
    /// The one person the document names in full whose name's part (<paramref name="partOf"/>: its surname, its given name)
    /// is spelled as one of <paramref name="part"/>'s forms.
    /// </summary>
    private static EntityCluster? OnlyPersonWith(List<EntityCluster> all, EntityCluster part, Func<string, string?> partOf, bool uncuratedOnly)
    {
        var forms = part.Forms.ToHashSet(StringComparer.Ordinal);
        var owners = all.Where(c => c.Type == EntityType.Person && (!uncuratedOnly || c.Entry is null)
            && c.Forms.Any(f => !IsSingleToken(f) && partOf(f) is { } name && forms.Contains(name))).ToList();
        return owners is [{ } person] ? person : null;
    }

    private static string? GivenName(string fullName) => fullName.IndexOf(' ') is > 0 and var space ? fullName[..space] : null;

    /// <summary>The mentions of <paramref name="surname"/> become <paramref name="person"/>'s, unlinked from whatever they were read as.</summary>
    private static void TakeAsSurname(List<EntityCluster> all, EntityCluster person, EntityCluster surname, string reason)
    {
        person.Mentions.AddRange(surname.Mentions.Select(m => m with { Type = EntityType.Person, Entry = null }));
        person.MergeReasons.Add(reason);
        all.Remove(surname);
    }

    [GeneratedRegex(@"\b(?:in|at|from|to|near|of|across|around)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PlacePreposition();

    private (KnowledgeBaseEntry? Entry, string? Reason) LinkToKnowledgeBase(Candidate candidate)
    {
        if (Unique(knowledgeBase.FindByName(candidate.Text), candidate.Type) is { } direct)
        {
            return (direct, $"\"{candidate.Text}\" is a knowledge-base name of {direct.Name}");
        }
        if (!candidate.Text.Any(CharClass.IsCjk))
        {
            return (null, null);
        }
        foreach (var english in translateChinese(candidate.Text))
        {
            if (Unique(knowledgeBase.FindByName(english), candidate.Type) is { } translated)
            {
                return (translated, $"CC-CEDICT translates \"{candidate.Text}\" as \"{english}\", a name of {translated.Name}");
            }
        }
        return (null, null);
    }

    private static KnowledgeBaseEntry? Unique(IReadOnlyList<KnowledgeBaseEntry> entries, EntityType type)
    {
        var compatible = entries.Where(e => Compatible(e.Type, type)).ToList();
        return compatible.Count == 1 ? compatible[0] : null;
    }

    // Taggers confuse organisations, products and places with one another, never with people.
    private static bool Compatible(EntityType a, EntityType b) => a == b || (a != EntityType.Person && b != EntityType.Person);

    /// <summary>"T/ZICS 009—2024《大语言模型能力评测方法》": a standard's code and the title in book marks after it name one work.</summary>
    private static void MergeStandardsWithTheirTitles(string text, List<EntityCluster> all)
    {
        var mentions = all.SelectMany(c => c.Mentions.Select(m => (Mention: m, Cluster: c))).OrderBy(x => x.Mention.Start).ToList();
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var ((code, codeCluster), (title, titleCluster)) = (mentions[i], mentions[i + 1]);
            if (code.Type == EntityType.Work && title.Type == EntityType.Work && title.Start > code.End
                && text.AsSpan(code.End, title.Start - code.End).Trim() is "《" && Candidates.StandardCodes.IsCode(code.Text))
            {
                (codeCluster, titleCluster) = (Holding(all, codeCluster, code), Holding(all, titleCluster, title));
                if (codeCluster != titleCluster)
                {
                    Merge(all, codeCluster, titleCluster, $"\"{title.Text}\" is the title of the standard \"{code.Text}\"");
                }
            }
        }
    }

    // "TSAI 2025（合肥）", "Tessivo (Toronto)": a place in brackets after an event (in Chinese, or a known one) or a firm (a
    // known one) is where it is held or based.
    private static bool IsWhereItIs(EntityCluster name, EntityCluster gloss, string glossText) =>
        gloss.Type == EntityType.Location && name.Entry is null
        && (gloss.Entry is not null ? name.Type is EntityType.Event or EntityType.Organization : name.Type == EntityType.Event && glossText.All(CharClass.IsHan));

    /// <summary>
    /// 穆斯塔法·苏莱曼（Mustafa Suleyman）, “深瞳肺析”（英文名DeepLung）: a name followed by its rendering in the other script; or an organisation's or
    /// product's name followed by its short or stylised form in capitals (Agency (AGNT CY)). Run on the resolved names
    /// and again once every occurrence of each is known, since a gloss may follow an occurrence no source proposed.
    /// </summary>
    public static void MergeParenthesisedGlosses(string text, List<EntityCluster> all)
    {
        var mentions = all.SelectMany(c => c.Mentions.Select(m => (Mention: m, Cluster: c))).OrderBy(x => x.Mention.Start).ToList();
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var ((name, nameCluster), (gloss, glossCluster)) = (mentions[i], mentions[i + 1]);
            if (gloss.Start < name.End || !OpeningParenthesis().IsMatch(text[name.End..gloss.Start]) || gloss.End >= text.Length
                || text[gloss.End] is not (')' or '）'))
            {
                continue;
            }
            // An earlier merge may have moved either mention into another cluster.
            (nameCluster, glossCluster) = (Holding(all, nameCluster, name), Holding(all, glossCluster, gloss));
            if (nameCluster != glossCluster && !IsWhereItIs(nameCluster, glossCluster, gloss.Text)
                && (name.Text.Any(CharClass.IsCjk) != gloss.Text.Any(CharClass.IsCjk) || IsCapitalisedForm(name, gloss, glossCluster)))
            {
                // A product's English name (DeepLung, QingLung AI) the tagger read as a person's or a firm's is the product's.
                if (glossCluster.Type != nameCluster.Type && nameCluster.Type != EntityType.Person && glossCluster.Entry is null)
                {
                    glossCluster.Retype(nameCluster.Type);
                }
                Merge(all, nameCluster, glossCluster, $"\"{gloss.Text}\" glosses \"{name.Text}\" in parentheses");
            }
            // "the Office of Communications (Ofcom)": a body's one-word short name after its full name, from the same first letter.
            else if (nameCluster != glossCluster && nameCluster.Entry is null && name.Type == EntityType.Organization && gloss.Type == EntityType.Organization
                && name.Text.Contains(' ') && !gloss.Text.Contains(' ') && char.IsAsciiLetterUpper(gloss.Text[0]) && name.Text[0] == gloss.Text[0])
            {
                Merge(all, glossCluster, nameCluster, $"\"{gloss.Text}\" in parentheses is the short name of \"{name.Text}\"");
            }
        }
    }

    /// <summary>
    /// "K2" beside the Kestrel K2, "T2" beside 星澜T2: a bare model number is the one product the document names with it after
    /// its line's name.
    /// </summary>
    public static void MergeModelNumbers(List<EntityCluster> all) =>
        MergeIntoTheOneNamedInFull(all,
            c => c.Entry is null && c.Type != EntityType.Person && c.Forms.All(f => ModelNumber().IsMatch(f)),
            (number, c) => c.Type == EntityType.Product
                && c.Forms.Any(f => number.Forms.Any(n => f.Length > n.Length && f.EndsWith(n, StringComparison.Ordinal) && (f[^(n.Length + 1)] == ' ' || CharClass.IsHan(f[^(n.Length + 1)])))),
            (number, product) => $"\"{number.Forms.First()}\" is the model number of \"{product.Name}\"");

    [GeneratedRegex("^[A-Z]{1,3}-?[0-9]{1,4}[A-Za-z]?$")]
    private static partial Regex ModelNumber();

    /// <summary>
    /// "Copilot" beside GitHub Copilot: a product named by one word is the one product the document names in full with that
    /// word after its maker's name, whatever the KB takes the word alone for.
    /// </summary>
    public static void MergeBareProductNames(List<EntityCluster> all)
    {
        // A tagger's person of one word ("Before Guardrails, we …") may be the bare product too, unless a person is named with it.
        var surnames = all.Where(c => c.Type == EntityType.Person).SelectMany(c => c.Forms).Where(f => f.Contains(' ')).Select(f => f[(f.LastIndexOf(' ') + 1)..]).ToHashSet(StringComparer.Ordinal);
        foreach (var bare in all.Where(c => (c.Type == EntityType.Product
                         || (c is { Type: EntityType.Person, Entry: null } && !c.Forms.Any(surnames.Contains) && c.Forms.All(f => f.All(char.IsAsciiLetter))))
                     && c.Forms.All(f => f.Length >= 3 && !f.Contains(' '))).ToList())
        {
            if (all.Where(c => c != bare && c.Type == EntityType.Product
                    && c.Forms.Any(f => bare.Forms.Any(b => f.EndsWith(" " + b, StringComparison.Ordinal)))).ToList() is [{ } product])
            {
                product.Mentions.AddRange(bare.Mentions.Select(m => m with { Entry = null }));
                product.MergeReasons.Add($"\"{bare.Forms.First()}\" is \"{product.Name}\" named without its maker");
                all.Remove(bare);
            }
        }
    }

    /// <summary>"Del." in a dateline beside Delaware: a state's abbreviation is the state the document names in full.</summary>
    public static void MergeStateAbbreviations(List<EntityCluster> all) =>
        MergeIntoTheOneNamedInFull(all,
            c => c is { Entry: null, Type: EntityType.Location } && c.Forms.All(f => UsStateAbbreviations.StateOf(f) is not null),
            (abbreviation, c) => c.Type == EntityType.Location && c.Forms.Any(f => abbreviation.Forms.Any(a => UsStateAbbreviations.StateOf(a) == f)),
            (abbreviation, state) => $"\"{abbreviation.Forms.First()}\" abbreviates \"{state.Name}\"");

    /// <summary>
    /// 杭州瀚穹智能科技有限公司 beside 杭州瀚穹智能科技股份有限公司: a limited company and the joint-stock company of the same name
    /// are one firm, before and after its conversion (a registered name is unique where it is registered).
    /// </summary>
    public static void MergeConvertedCompanies(List<EntityCluster> all) =>
        MergeIntoTheOneNamedInFull(all,
            c => c is { Entry: null, Type: EntityType.Organization } && c.Forms.Any(f => RegisteredName(f, "有限公司") is not null),
            (limited, c) => c.Type == EntityType.Organization
                && c.Forms.Any(f => RegisteredName(f, "股份有限公司") is { } stem && limited.Forms.Any(l => RegisteredName(l, "有限公司") == stem)),
            (limited, stock) => $"\"{limited.Forms.First()}\" is \"{stock.Name}\" before it became a joint-stock company");

    private static string? RegisteredName(string form, string legalForm) =>
        form.EndsWith(legalForm, StringComparison.Ordinal) && (legalForm != "有限公司" || !form.EndsWith("股份有限公司", StringComparison.Ordinal))
            && form.Length - legalForm.Length >= 4 ? form[..^legalForm.Length] : null;

    /// <summary>"Fund IV" beside Harrow Street Fund IV: a fund's vintage alone is the one fund the document names in full with it.</summary>
    public static void MergeFundVintages(List<EntityCluster> all) =>
        MergeIntoTheOneNamedInFull(all,
            c => c.Entry is null && c.Forms.All(f => FundVintage().IsMatch(f)),
            (vintage, c) => c.Type == EntityType.Organization
                && c.Forms.Any(f => vintage.Forms.Any(v => f.Length > v.Length && f.EndsWith(" " + v, StringComparison.Ordinal))),
            (vintage, fund) => $"\"{vintage.Forms.First()}\" is the vintage of \"{fund.Name}\"");

    [GeneratedRegex("^Fund [IVX]{1,5}$")]
    private static partial Regex FundVintage();

    /// <summary>
    /// 《行动方案》 after 《安徽省通用人工智能产业跃升行动方案（2027—2029年）》: a Chinese title that is the end of exactly one other
    /// title in the document (its years in brackets aside) is that work, cited short.
    /// </summary>
    public static void MergeShortTitles(List<EntityCluster> all) =>
        MergeIntoTheOneNamedInFull(all,
            c => c.Entry is null && c.Type == EntityType.Work && c.Forms.All(f => f.Length >= 2 && f.All(CharClass.IsHan)),
            (cited, c) => c.Type == EntityType.Work
                && c.ChineseForms.Select(f => YearsInBrackets().Replace(f, "")).Any(f => cited.Forms.Any(s => f.Length >= s.Length + 2 && f.EndsWith(s, StringComparison.Ordinal))),
            (cited, work) => $"\"{cited.Forms.First()}\" cites \"{work.Name}\" short");

    /// <summary>
    /// 望隼科技冬季新品发布会 and 望隼2026冬季新品发布会: a firm's own event, named with any of the firm's names (its trade
    /// after it or not) and with its year or without, is one event.
    /// </summary>
    public static void MergeEventsNamedByTheirOrganiser(List<EntityCluster> all)
    {
        var firms = all.Where(c => c.Type == EntityType.Organization).SelectMany(c => c.ChineseForms.Where(f => f.Length >= 2).Select(f => (Form: f, Firm: c))).ToList();
        IEnumerable<string> Keys(EntityCluster e) =>
            from form in e.ChineseForms.Select(f => YearInAName().Replace(f, ""))
            from firm in firms
            where form.Length > firm.Form.Length + 2 && form.StartsWith(firm.Form, StringComparison.Ordinal)
            let rest = form[firm.Form.Length..]
            select firm.Firm.Id + "|" + (GenericTails.FirstOrDefault(t => rest.StartsWith(t, StringComparison.Ordinal)) is { } trade ? rest[trade.Length..] : rest);
        var events = all.Where(c => c is { Type: EntityType.Event, Entry: null }).Select(e => (Event: e, Keys: Keys(e).ToHashSet(StringComparer.Ordinal))).Where(e => e.Keys.Count > 0).ToList();
        for (var i = 0; i < events.Count; i++)
        {
            for (var j = i + 1; j < events.Count; j++)
            {
                if (all.Contains(events[i].Event) && all.Contains(events[j].Event) && events[i].Keys.Overlaps(events[j].Keys))
                {
                    Merge(all, events[i].Event, events[j].Event, $"\"{events[j].Event.Name}\" is \"{events[i].Event.Name}\" named with another of its organiser's names or its year");
                }
            }
        }
    }

    [GeneratedRegex(@"(?:19|20)\d{2}年?")]
    private static partial Regex YearInAName();

    /// <summary>
    /// 2026世界人工智能大会 beside 世界人工智能大会, or beside 2024世界人工智能大会: an event named with its year before it is an
    /// edition of the event the text names without the year, or of the same name with another year; one event.
    /// </summary>
    public static void MergeEditionsNamedByTheirYear(List<EntityCluster> all)
    {
        var events = all.Where(c => c.Type == EntityType.Event).ToList();
        var byForm = events.SelectMany(e => e.ChineseForms.Select(f => (Form: f, Event: e))).GroupBy(x => x.Form, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Event, StringComparer.Ordinal);
        var editions = events.Where(e => e.Entry is null)
            .Select(e => (Edition: e, Year: e.ChineseForms.Select(f => LeadingYear().Match(f)).FirstOrDefault(m => m.Success)))
            .Where(e => e.Year is not null).GroupBy(e => e.Year!.Groups["name"].Value, StringComparer.Ordinal);
        foreach (var sameName in editions)
        {
            var into = byForm.GetValueOrDefault(sameName.Key) ?? sameName.First().Edition;
            foreach (var (edition, _) in sameName.Where(e => e.Edition != into && all.Contains(e.Edition) && all.Contains(into)))
            {
                Merge(all, into, edition, $"\"{edition.Name}\" and \"{into.Name}\" are editions of one event, named with their year");
            }
        }
    }

    [GeneratedRegex(@"^(?:19|20)\d{2}年?(?<name>[\p{IsCJKUnifiedIdeographs}].{3,})$")]
    private static partial Regex LeadingYear();

    /// <summary>
    /// 诺亚方舟实验室 after 华为诺亚方舟实验室: a Chinese unit's name without the name of its parent, which the document names
    /// too, is that unit.
    /// </summary>
    public static void MergeUnitsWithoutTheirParent(List<EntityCluster> all)
    {
        var organizationNames = all.Where(c => c.Type == EntityType.Organization).SelectMany(c => c.ChineseForms).ToHashSet(StringComparer.Ordinal);
        MergeIntoTheOneNamedInFull(all,
            c => c.Entry is null && c.Type == EntityType.Organization && c.ChineseForms.Any(f => f.Length >= 4),
            (unit, c) => c.Type == EntityType.Organization && c.Entry is null
                && c.ChineseForms.Any(f => unit.ChineseForms.Any(u => u.Length >= 4 && f.Length > u.Length && f.EndsWith(u, StringComparison.Ordinal)
                    && organizationNames.Contains(f[..^u.Length]))),
            (unit, full) => $"\"{unit.Forms.First()}\" is \"{full.Name}\" without its parent's name");
    }

    /// <summary>
    /// Each short name (<paramref name="isShort"/>) joins the one other cluster that names it in full
    /// (<paramref name="namesInFull"/>); with none, or several to choose from, it stays apart. A short name already merged
    /// into another is skipped.
    /// </summary>
    private static void MergeIntoTheOneNamedInFull(List<EntityCluster> all, Func<EntityCluster, bool> isShort,
        Func<EntityCluster, EntityCluster, bool> namesInFull, Func<EntityCluster, EntityCluster, string> reason)
    {
        foreach (var shortName in all.Where(isShort).ToList())
        {
            if (all.Contains(shortName) && all.Where(c => c != shortName && namesInFull(shortName, c)).ToList() is [{ } full])
            {
                Merge(all, full, shortName, reason(shortName, full));
            }
        }
    }

    [GeneratedRegex(@"[（(][^）)]*[）)]$")]
    private static partial Regex YearsInBrackets();

    /// <summary>
    /// "the Technical University of Denmark, which many of you know simply as DTU", "Lumen Robotics, better known as Lumen",
    /// "the Laboratory for … at UW, known to generations of graduate students simply as the SLI Lab": a name the text says an
    /// organisation or product goes by (past where it is, which may be named).
    /// </summary>
    public static void MergeDeclaredAliases(string text, List<EntityCluster> all)
    {
        var mentions = all.SelectMany(c => c.Mentions.Select(m => (Mention: m, Cluster: c))).OrderBy(x => x.Mention.Start).ToList();
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var (name, nameCluster) = mentions[i];
            if (name.Type is not (EntityType.Organization or EntityType.Product)
                || mentions.Skip(i + 1).Take(2).FirstOrDefault(next => next.Mention.Start >= name.End && next.Mention.Type is EntityType.Organization or EntityType.Product
                    && KnownAs().IsMatch(text.AsSpan(name.End, next.Mention.Start - name.End))) is not ({ } alias, { } aliasCluster))
            {
                continue;
            }
            (nameCluster, aliasCluster) = (Holding(all, nameCluster, name), Holding(all, aliasCluster, alias));
            if (nameCluster != aliasCluster && (aliasCluster.Entry is null || nameCluster.Entry is null))
            {
                Merge(all, nameCluster, aliasCluster, $"the text says \"{name.Text}\" is known as \"{alias.Text}\"");
            }
        }
    }

    [GeneratedRegex(@"^(?:\s+(?:at|in)\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})?\s*,?\s*(?:(?:which|that|whom)\s+(?:[\w-]+\s+){0,3}?(?:know|knows|call|calls)\s+(?:it\s+)?(?:simply\s+|just\s+)?as|(?:also\s+|better\s+|commonly\s+|simply\s+|widely\s+|locally\s+)?known\s+(?:to\s+[\w\s-]{1,60}?\s+)?(?:simply\s+|just\s+)?as)\s+(?:the\s+)?$")]
    private static partial Regex KnownAs();

    /// <summary>
    /// 中国科学技术大学智能政务计算实验室 and 中国科大智能政务计算实验室: one unit, named once after its parent in full and once
    /// after the parent's abbreviation (the short form's characters in order, from the same first one).
    /// </summary>
    public static void MergeUnitsUnderAbbreviatedParents(List<EntityCluster> all)
    {
        var units = all.Where(c => c is { Type: EntityType.Organization, Entry: null } && c.ChineseForms.Any()).ToList();
        foreach (var shorter in units)
        {
            foreach (var longer in units)
            {
                if (shorter != longer && all.Contains(shorter) && all.Contains(longer)
                    && shorter.ChineseForms.Any(b => longer.ChineseForms.Any(a => IsUnitUnderAbbreviatedParent(a, b))))
                {
                    Merge(all, longer, shorter, $"\"{shorter.Forms.First()}\" names the unit \"{longer.Name}\" after its parent's short form");
                    break;
                }
            }
        }
    }

    private static bool IsUnitUnderAbbreviatedParent(string full, string abbreviated)
    {
        var common = 0;
        while (common < full.Length && common < abbreviated.Length && full[^(common + 1)] == abbreviated[^(common + 1)])
        {
            common++;
        }
        var (parent, shortParent) = (full[..^common], abbreviated[..^common]);
        return common >= 4 && shortParent.Length >= 2 && shortParent.Length < parent.Length && parent[0] == shortParent[0]
            && ParentHeads.Any(h => parent.EndsWith(h, StringComparison.Ordinal)) && IsSubsequence(shortParent, parent);
    }

    private static readonly string[] ParentHeads = ["大学", "学院", "研究院", "科学院"];

    private static bool IsSubsequence(string shorter, string longer)
    {
        var at = 0;
        foreach (var c in longer)
        {
            if (at < shorter.Length && shorter[at] == c)
            {
                at++;
            }
        }
        return at == shorter.Length;
    }

    private static EntityCluster Holding(List<EntityCluster> all, EntityCluster cluster, Candidate mention) =>
        all.Contains(cluster) ? cluster : all.First(c => c.Mentions.Contains(mention));

    private static bool IsCapitalisedForm(Candidate name, Candidate gloss, EntityCluster glossCluster) =>
        name.Type is EntityType.Organization or EntityType.Product && gloss.Type is EntityType.Organization or EntityType.Product
        && glossCluster.Entry is null && gloss.Text.Any(char.IsAsciiLetter)
        && gloss.Text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == ' ');

    /// <summary>
    /// 尼克·克莱格 and Nick Clegg share a consonant skeleton; people only, long enough to be telling. So do 戚昭衡 and
    /// "Zhaoheng Qi", a Chinese name written the Western way round, its surname last.
    /// </summary>
    private void MergeTransliterations(List<EntityCluster> all)
    {
        // Each person named in Latin letters is read once, not once for every person named in Chinese (a bilingual text has
        // hundreds of the pairs).
        var latin = all.Where(c => c.Type == EntityType.Person && c.LatinForms.Any())
            .Select(c => (Cluster: c, Skeletons: c.LatinForms.Select(PhoneticKey.ForLatin).ToHashSet(), Letters: c.LatinForms.Select(PhoneticKey.LettersOf).ToHashSet()))
            .ToList();
        foreach (var chinese in all.Where(c => c.Entry is null && c.Type == EntityType.Person && !c.LatinForms.Any()).ToList())
        {
            var keys = chinese.ChineseForms.SelectMany(f => phonetic.ForChinese(f.Replace("·", ""))).Where(k => k.Length >= 4).ToHashSet();
            var spellings = chinese.ChineseForms.SelectMany(PinyinSpellings).ToHashSet(StringComparer.Ordinal);
            var match = latin.Where(l => l.Skeletons.Overlaps(keys) || l.Letters.Overlaps(spellings)).ToList();
            if (match.Count == 1)
            {
                var spelled = match[0].Letters.Overlaps(spellings);
                Merge(all, match[0].Cluster, chinese, spelled ? $"\"{match[0].Cluster.Name}\" spells \"{chinese.Forms.First()}\" in pinyin"
                    : $"\"{chinese.Forms.First()}\" transliterates \"{match[0].Cluster.Name}\"");
            }
        }
    }

    /// <summary>
    /// How a Chinese name of two to four characters is spelled in pinyin, either way round: 戚昭衡 as "Qi Zhaoheng" or
    /// "Zhaoheng Qi", 司徒岳 as "Yue Situ" (letters only, lower case).
    /// </summary>
    private IEnumerable<string> PinyinSpellings(string name)
    {
        if (name.Length is < 2 or > 4 || name.Contains('·'))
        {
            yield break;
        }
        for (var surname = 1; surname <= Math.Min(2, name.Length - 1); surname++)
        {
            foreach (var given in phonetic.Pinyin(name[surname..]))
            {
                foreach (var family in phonetic.Pinyin(name[..surname]))
                {
                    yield return given + family;
                    yield return family + given;
                }
            }
        }
    }

    /// <summary>An organisation or place named in Chinese whose CC-CEDICT translation is a name used in the document.</summary>
    private void MergeTranslations(List<EntityCluster> all)
    {
        foreach (var chinese in all.Where(c => c.Entry is null && c.Type != EntityType.Person && !c.LatinForms.Any()).ToList())
        {
            var translations = chinese.ChineseForms.SelectMany(translateChinese).Select(MatchFolding.Key).ToHashSet();
            var match = all.Where(c => c != chinese && c.Type != EntityType.Person && c.LatinForms.Any(f => translations.Contains(MatchFolding.Key(f)))).ToList();
            if (match.Count == 1)
            {
                Merge(all, match[0], chinese, $"CC-CEDICT translates \"{chinese.Forms.First()}\" as \"{match[0].Name}\"");
            }
        }
    }

    /// <summary>"Jonathan Pemberten" in a transcript is "Jonathan Pemberton": same token count, each token a near miss.</summary>
    private static void MergeSpellingVariants(List<EntityCluster> all)
    {
        foreach (var variant in all.Where(c => c.Entry is null && c.Type == EntityType.Person).ToList())
        {
            foreach (var form in variant.LatinForms.ToList())
            {
                var tokens = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var match = all.Where(c => c != variant && c.Type == EntityType.Person && c.Mentions.Count >= variant.Mentions.Count
                    && PersonNames(c).Any(name => IsSpellingVariant(tokens, name.Split(' ', StringSplitOptions.RemoveEmptyEntries)))).ToList();
                if (match.Count == 1 && all.Contains(variant))
                {
                    Merge(all, match[0], variant, $"\"{form}\" is a spelling variant of \"{match[0].Name}\"");
                }
            }
        }
    }

    /// <summary>Quarry-2 and Quarry-3 are two versions, not a slip: names whose numbers differ.</summary>
    private static bool DifferInANumber(string a, string b) =>
        !a.Where(char.IsAsciiDigit).SequenceEqual(b.Where(char.IsAsciiDigit));

    /// <summary>"Lama" in a transcript is "Llama": a one-letter slip in a single-word name the document also spells right.</summary>
    private static void MergeMisspelledNames(List<EntityCluster> all)
    {
        foreach (var variant in all.Where(c => c.Entry is null && c.Type != EntityType.Person && c.LatinForms.Count() == 1).ToList())
        {
            // An earlier variant may have been merged into this one (or this one into another) since the list was taken.
            var forms = variant.LatinForms.ToList();
            if (forms.Count != 1 || !all.Contains(variant))
            {
                continue;
            }

            var form = forms[0];
            if (form.Length < 4 || !IsSingleToken(form))
            {
                continue;
            }
            var match = all.Where(c => c != variant && c.Mentions.Count >= variant.Mentions.Count && c.LatinForms.Any(f =>
                IsSingleToken(f) && f.Length >= 4 && char.ToLowerInvariant(f[0]) == char.ToLowerInvariant(form[0])
                && Levenshtein(f.ToLowerInvariant(), form.ToLowerInvariant()) == 1 && !DifferInANumber(f, form))).ToList();
            if (match.Count == 1)
            {
                Merge(all, match[0], variant, $"\"{form}\" is a misspelling of \"{match[0].Name}\"");
            }
        }
    }

    /// <summary>
    /// Bilingual texts give each line in Chinese, then in English. When a pair of such lines names exactly one thing of a
    /// kind (person, or anything else) on one side only, and exactly one on the other side only, the two are one entity:
    /// a translation (星火开发者大会 / Spark Developer Summit) or a transcript's mishearing of a name the translator wrote
    /// right (Visual Code / VS Code). With several on each side, a pair is telling when it is the only one of its type on
    /// each side (翎算2025开发者大会 / Lingsuan DevCon 2025 beside the firm and the venue) or when the two share a word or a
    /// version number (翎羽-3.5 / Plume-3.5); each such merge may leave another pair alone on its sides. Run after every
    /// occurrence of each name is known, so that a name present in both lines is not taken for a translation.
    /// </summary>
    public static void MergeAlignedTranslations(string text, List<EntityCluster> all)
    {
        foreach (var (chinese, english) in TranslationLines.Pairs(text))
        {
            foreach (var isPerson in new[] { true, false })
            {
                while (MergeOneAlignedPair(all, chinese, english, isPerson))
                {
                }
            }
        }
    }

    private static bool MergeOneAlignedPair(List<EntityCluster> all, TextSpan chinese, TextSpan english, bool isPerson)
    {
        bool Kind(EntityCluster c) => (c.Type == EntityType.Person) == isPerson && c.Type != EntityType.Concept;
        var onlyInChinese = all.Where(c => Kind(c) && In(c, chinese) && !In(c, english)).ToList();
        var onlyInEnglish = all.Where(c => Kind(c) && In(c, english) && !In(c, chinese)).ToList();
        if (onlyInChinese.Count == 1 && onlyInEnglish.Count == 1 && (onlyInChinese[0].Entry is null || onlyInEnglish[0].Entry is null))
        {
            var (source, target) = (onlyInChinese[0], onlyInEnglish[0]);
            Merge(all, target, source, $"\"{source.Forms.First()}\" and \"{target.Forms.First()}\" stand in the same place of a line and its translation");
            return true;
        }
        var alone = (from c in onlyInChinese from e in onlyInEnglish
                     where !isPerson && c.Entry is null && e.Entry is null && c.Type == e.Type
                         && onlyInChinese.Count(o => o.Type == c.Type) == 1 && onlyInEnglish.Count(o => o.Type == e.Type) == 1
                     select (c, e)).FirstOrDefault();
        if (alone.c is not null)
        {
            Merge(all, alone.e, alone.c, $"\"{alone.c.Forms.First()}\" and \"{alone.e.Forms.First()}\" are the only {alone.c.Type.ToString().ToLowerInvariant()} of a line and its translation");
            return true;
        }
        // With several names on a side, only a pair that shares a word or a version is telling: "Visual Code" / "VS Code".
        var sharing = (from c in onlyInChinese from e in onlyInEnglish
                       where (c.Entry is null || e.Entry is null) && (ShareWord(c, e) || (!isPerson && (ShareVersion(c, e) || SpellsItsStem(c, e)))) select (c, e)).ToList();
        var telling = sharing.Where(p => sharing.Count(o => o.c == p.c) == 1 && sharing.Count(o => o.e == p.e) == 1).ToList();
        if (telling.Count > 0)
        {
            var (source, target) = telling[0];
            Merge(all, source.Entry is null ? target : source, source.Entry is null ? source : target,
                $"\"{target.Forms.First()}\" renders \"{source.Forms.First()}\" in the aligned line");
            return true;
        }
        return false;
    }

    private static bool ShareWord(EntityCluster a, EntityCluster b)
    {
        static IEnumerable<string> Words(EntityCluster c) =>
            c.LatinForms.SelectMany(f => f.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length >= 3).Select(w => w.ToLowerInvariant());
        return Words(a).Intersect(Words(b)).Any();
    }

    // 翎羽-3.5 and Plume-3.5: a product's two names that end in one version number, unique to each.
    private static bool ShareVersion(EntityCluster a, EntityCluster b)
    {
        static HashSet<string> Versions(EntityCluster c) =>
            c.Forms.Select(f => TrailingVersion().Match(f)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var (first, second) = (Versions(a), Versions(b));
        return first.Count == 1 && first.SetEquals(second);
    }

    [GeneratedRegex(@"[-\s]v?(\d+(?:\.\d+)?)$")]
    private static partial Regex TrailingVersion();

    // 翎算科技 and "Lingsuan Technology": the English name opens with the pinyin of the Chinese name's first characters.
    private static bool SpellsItsStem(EntityCluster chinese, EntityCluster english)
    {
        var firstWords = english.LatinForms.Select(f => PhoneticKey.LettersOf(f.Split(' ')[0])).Where(w => w.Length >= 4).ToHashSet(StringComparer.Ordinal);
        return chinese.ChineseForms.Any(f => Enumerable.Range(2, Math.Min(3, f.Length) - 1)
            .Any(length => PhoneticKey.Shared.Pinyin(f[..length]).Any(firstWords.Contains)));
    }

    private static bool In(EntityCluster cluster, TextSpan line) => cluster.Mentions.Any(m => line.Contains(m.Start));

    /// <summary>《科技周刊》播客 is the podcast the document names in English, when it names only one.</summary>
    public static void MergePodcastNames(string text, List<EntityCluster> all)
    {
        var podcasts = all.Where(c => c.LatinForms.Any(f => f.EndsWith("Podcast", StringComparison.OrdinalIgnoreCase))).ToList();
        if (podcasts.Count != 1)
        {
            return;
        }
        foreach (var work in all.Where(c => c.Entry is null && c.Type == EntityType.Work && c != podcasts[0]).ToList())
        {
            if (work.Mentions.Any(m => PodcastHead().IsMatch(text.AsSpan(m.End, Math.Min(3, text.Length - m.End)))))
            {
                Merge(all, podcasts[0], work, $"\"{work.Forms.First()}\" is called a podcast (播客) and the document names one podcast, {podcasts[0].Name}");
            }
        }
    }

    /// <summary>"@IndexVentures" and Index Ventures, "@fernloop_ai" and Fernloop: a handle is the name it spells (<see cref="SocialHandles"/>).</summary>
    public static void MergeHandles(string text, List<EntityCluster> all)
    {
        var named = all.Where(c => c.Mentions.Any(m => !SocialHandles.IsAHandle(text, m.Start)))
            .SelectMany(c => c.LatinForms.Select(f => (Form: SocialHandles.Compact(f), Cluster: c))).Where(n => n.Form.Length >= 4)
            .GroupBy(n => n.Form).Where(g => g.Select(n => n.Cluster).Distinct().Count() == 1).ToDictionary(g => g.Key, g => g.First().Cluster);
        foreach (var handle in all.Where(c => c.Entry is null && c.Mentions.All(m => SocialHandles.IsAHandle(text, m.Start))).ToList())
        {
            if (SocialHandles.Spelled(handle.Forms.First(), named) is { } owner && owner != handle && all.Contains(owner))
            {
                Merge(all, owner, handle, $"\"@{handle.Forms.First()}\" is the handle of \"{owner.Name}\"");
            }
        }
    }

    private static bool IsSpellingVariant(string[] a, string[] b)
    {
        if (a.Length != b.Length || a.SequenceEqual(b, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }
        var exactTokens = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var distance = Levenshtein(a[i].ToLowerInvariant(), b[i].ToLowerInvariant());
            if (distance == 0)
            {
                exactTokens++;
            }
            else if (a[i].Length < 5 || distance > Math.Max(1, a[i].Length / 3) || char.ToLowerInvariant(a[i][0]) != char.ToLowerInvariant(b[i][0]))
            {
                return false;
            }
        }
        return a.Length == 1 || exactTokens > 0;
    }

    /// <summary>
    /// 苏莱曼 / Suleyman / Mustafa → Mustafa Suleyman, "De Vries" → Pieter de Vries, when exactly one person in the
    /// document has that part; failing that, a person's name that is the start of exactly one person's first name
    /// (Sam of Samuel Whitacre, Alex of Alexandra Ruiz).
    /// </summary>
    private static void MergeShortForms(List<EntityCluster> all)
    {
        foreach (var part in all.Where(c => c.Entry is null && c.Forms.All(f => IsSingleToken(f) || LatinEntityRecognizer.SurnameWithParticle(f) == f)).ToList())
        {
            var forms = part.Forms.ToHashSet(StringComparer.OrdinalIgnoreCase);
            var owners = all.Where(c => c != part && c.Type == EntityType.Person
                && PersonNames(c).Any(name => NameParts(name).Any(forms.Contains) || forms.Any(f => name.EndsWith(" " + f, StringComparison.OrdinalIgnoreCase))
                    || (part.Type == EntityType.Person && IsTwoLetterSurnameFirst(name, forms)))).ToList();
            if (owners.Count == 0 && part.Type == EntityType.Person && part.Forms.All(f => f.Length >= 3 && f.All(char.IsAsciiLetter)))
            {
                owners = all.Where(c => c != part && c.Type == EntityType.Person && PersonNames(c).Any(name => name.Split(' ')[0] is var first
                    && first.Length > 3 && part.Forms.Any(f => first.Length > f.Length && first.StartsWith(f, StringComparison.Ordinal)))).ToList();
            }
            // "Lindqvist" in an obituary that also names his mother Elin Lindqvist: the surname alone is the person the
            // text is about, named first and most.
            if (owners.Count > 1 && part.Type == EntityType.Person && NamedFirstAndMost(owners) is { } subject)
            {
                owners = [subject];
            }
            // A place the KB does not know, read in a person's given name ("Kenji came from Nvidia" beside Kenji Ardmore), is that
            // person however often it is named.
            if (owners.Count == 1 && (part.Type == EntityType.Person || owners[0].Mentions.Count > part.Mentions.Count
                || (part.Type == EntityType.Location && PersonNames(owners[0]).Any(n => part.Forms.Contains(n.Split(' ')[0])))))
            {
                Merge(all, owners[0], part, $"\"{part.Forms.First()}\" is a short form of \"{owners[0].Name}\"");
            }
        }
    }

    /// <summary>
    /// "Paul G. Allen School of Computer Science &amp; Engineering" goes by its name before the field ("Paul G. Allen School"), and
    /// by that without its namesake's given names ("Allen School"), when one institution of the text is named so.
    /// </summary>
    private static void MergeInstitutionsWithoutTheirField(List<EntityCluster> all)
    {
        var shortForms = new Dictionary<string, List<EntityCluster>>(StringComparer.OrdinalIgnoreCase);
        foreach (var institution in all.Where(c => c.Type == EntityType.Organization && c.Entry is null))
        {
            foreach (var form in institution.LatinForms)
            {
                if (InstitutionBeforeItsField().Match(form) is not { Success: true } named)
                {
                    continue;
                }
                var name = named.Groups["name"].Value;
                var withoutGivenNames = GivenNamesBeforeASurname().Replace(name, "");
                foreach (var shortForm in new[] { name, withoutGivenNames }.Distinct())
                {
                    (shortForms.TryGetValue(shortForm, out var owners) ? owners : shortForms[shortForm] = []).Add(institution);
                }
            }
        }
        foreach (var part in all.Where(c => c.Type == EntityType.Organization && c.Entry is null && c.LatinForms.Any()).ToList())
        {
            var owners = part.LatinForms.Select(f => shortForms.GetValueOrDefault(f)).OfType<List<EntityCluster>>().SelectMany(o => o).Distinct().Where(o => o != part).ToList();
            if (owners.Count == 1 && all.Contains(owners[0]) && part.LatinForms.All(shortForms.ContainsKey))
            {
                Merge(all, owners[0], part, $"\"{part.LatinForms.First()}\" is \"{owners[0].Name}\" without its field");
            }
        }
    }

    [GeneratedRegex(@"^(?<name>(?:\p{Lu}[\w.'’-]*\s+){1,4}(?:School|College|Institute|Center|Centre|Faculty|Department|Laboratory|Lab|Museum|Library|Hospital))\s+(?:of|for)\s+\p{Lu}")]
    private static partial Regex InstitutionBeforeItsField();

    // "Paul G. " before "Allen School": a given name and initials before the surname the institution is named for.
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)*(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$)")]
    private static partial Regex GivenNamesBeforeASurname();

    /// <summary>"K.T.", "M.-L.T." (a paper's contributions and interests name its authors by their initials): the one person
    /// named in full whose name's parts start with those letters.</summary>
    private static void MergeInitials(List<EntityCluster> all)
    {
        foreach (var initials in all.Where(c => c.Entry is null && c.Forms.All(f => Initials().IsMatch(f))).ToList())
        {
            var letters = initials.Forms.Select(f => string.Concat(f.Where(char.IsUpper))).Distinct().ToList();
            var owners = all.Where(c => c != initials && c.Type == EntityType.Person
                && PersonNames(c).Any(name => letters.Contains(string.Concat(name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(p => p[0]))))).ToList();
            if (letters.Count == 1 && owners.Count == 1)
            {
                initials.Retype(EntityType.Person);
                Merge(all, owners[0], initials, $"\"{initials.Forms.First()}\" are the initials of \"{owners[0].Name}\"");
            }
        }
    }

    [GeneratedRegex(@"^(?:\p{Lu}\.-?){2,4}$")]
    private static partial Regex Initials();

    /// <summary>"Venkataraman, Meera" (a reference list names its authors surname first): the person named "Meera Venkataraman",
    /// whatever the tagger took either for.</summary>
    private static void MergeNamesSurnameFirst(List<EntityCluster> all)
    {
        foreach (var inverted in all.Where(c => c.Entry is null && c.Forms.All(f => SurnameFirst().IsMatch(f))).ToList())
        {
            var names = inverted.Forms.Select(f => SurnameFirst().Match(f)).Select(m => m.Groups["given"].Value + " " + m.Groups["surname"].Value)
                .ToHashSet(StringComparer.Ordinal);
            if (all.Where(c => c != inverted && c.Entry is null && c.Forms.Any(names.Contains)).ToList() is [{ } person])
            {
                inverted.Retype(EntityType.Person);
                person.Retype(EntityType.Person);
                Merge(all, person, inverted, $"\"{inverted.Forms.First()}\" is \"{person.Name}\" surname first");
            }
        }
    }

    [GeneratedRegex(@"^(?<surname>\p{Lu}[\p{L}'’-]+), (?<given>\p{Lu}[\p{L}'’-]+)$")]
    private static partial Regex SurnameFirst();

    private static EntityCluster? NamedFirstAndMost(List<EntityCluster> people)
    {
        var first = people.MinBy(p => p.Mentions.Min(m => m.Start))!;
        return people.All(p => p == first || p.Mentions.Count < first.Mentions.Count) ? first : null;
    }

    /// <summary>
    /// "Keldris" of Keldris Compute, Inc. rather than of Keldris Sovereign Cloud GmbH, its subsidiary: of the organisations
    /// whose names all start with a Latin short form, the one whose name adds the fewest words to it, if one does. (The firm
    /// may still be two clusters, with and without its legal form: the one named more often is taken, the other joins it.)
    /// </summary>
    internal static EntityCluster? FirmNamedNearest(string shortForm, IReadOnlyList<EntityCluster> claimants) =>
        shortForm.All(char.IsAsciiLetter)
        && claimants.GroupBy(c => WordsBeyond(c, shortForm)).OrderBy(g => g.Key).ToList() is [var nearest, _, ..] groups && groups[^1].Key < int.MaxValue
        && nearest.Select(c => c.LatinForms.Select(WithoutLegalSuffix).Min(StringComparer.Ordinal)).Distinct().Count() == 1
            ? nearest.MaxBy(c => c.Mentions.Count)
            : null;

    /// <summary>Whether a cluster's Latin name is <paramref name="shortForm"/> and a legal form (Vollmark AG for "Vollmark").</summary>
    private static bool AddsOnlyALegalForm(EntityCluster cluster, string shortForm) =>
        cluster.LatinForms.Any(f => f != shortForm && WithoutLegalSuffix(f) == shortForm);

    /// <summary>How many words the shortest of a cluster's Latin names starting with <paramref name="shortForm"/> has after it, its legal form aside.</summary>
    private static int WordsBeyond(EntityCluster cluster, string shortForm) =>
        cluster.LatinForms.Where(f => f.StartsWith(shortForm + " ", StringComparison.Ordinal))
            .Select(f => WithoutLegalSuffix(f).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length - 1).DefaultIfEmpty(int.MaxValue).Min();

    /// <summary>"Lu" of Lu Haoran: a Chinese name in pinyin puts its surname first, and many surnames have two letters.</summary>
    private static bool IsTwoLetterSurnameFirst(string name, IReadOnlySet<string> forms) =>
        name.Split(' ') is [var surname, _] && surname.Length == 2 && forms.Contains(surname) && LatinLexicon.Default.Surnames.Contains(surname);

    // The lexicon's legal suffixes (Inc., plc, GmbH, N.V.), SE, which it lacks, and Group and Holdings, which name the
    // firm rather than one arm.
    private static bool IsALegalForm(string word) =>
        FirmItselfWords.Contains(word) || LatinLexicon.Default.OrgLegalSuffixes.Contains(word.TrimEnd('.'));

    private static readonly HashSet<string> HeadsKeptInAShortForm = new(StringComparer.Ordinal)
        { "Trust", "Foundation", "Society", "Association", "Alliance", "Ventures", "Capital", "Partners", "Labs" };

    // "AI" too: of Vyrel AI and Vyrel Robotics, its subsidiary, "Vyrel" is the firm whose trade is its name's last word.
    private static readonly HashSet<string> FirmItselfWords = new(StringComparer.OrdinalIgnoreCase) { "Group", "Holdings", "SE", "AI" };

    [GeneratedRegex(@"(?<=^\p{IsCJKUnifiedIdeographs}{2,8})[（(]\p{IsCJKUnifiedIdeographs}{2,4}[）)](?=\p{IsCJKUnifiedIdeographs}*(?:有限公司|有限责任公司)$)")]
    private static partial Regex BracketedPlace();

    private static readonly string[] ResearchHeads = ["研究院", "研究所", "研究中心"];

    private static readonly string[] AbbreviatedHeads = ["股份有限公司", "有限责任公司", "有限公司", "合伙公司", "公司", "集团", "大学", "机器人", "事业部", "事业群", "实验室"];

    private static readonly HashSet<string> LegalFormHeads = new(StringComparer.Ordinal) { "股份有限公司", "有限责任公司", "有限公司" };

    private static readonly string[] GenericTails = ["科技", "技术", "信息", "网络", "控股", "数据", "智能", "智算", "股份", "汽车", "终端", "微电子", "电子", "通信", "软件", "医药", "半导体", "重工", "智造"];

    /// <summary>Trades a firm's name may end in besides <see cref="GenericTails"/>, which its short forms drop (元启智能驾驶技术 → 元启).</summary>
    private static readonly HashSet<string> ChineseTradeWords = new(StringComparer.Ordinal)
        { "驾驶", "医疗", "影像", "出行", "能源", "生物", "芯片", "制造", "装备", "材料", "传媒", "教育", "金融", "物流", "视觉", "语音", "健康", "发展", "物联", "生态" };

    private static readonly string[] InvestorsTrades = ["产业投资", "创业投资", "投资控股", "资产管理"];

    private static readonly string[] ParkHeads = ["产业园", "科技园", "软件园", "创新园", "产业园区"];

    /// <summary>Institutions a city's name stands before (苏州瑞华医院 goes by 瑞华医院).</summary>
    private static readonly string[] InstitutionHeads = ["医院", "银行", "研究院", "研究所", "实验室", "学院", "中学", "小学"];

    /// <summary>
    /// The short forms an organisation's full name goes by within a document: 清华 for 清华大学, 蓝鲸星河科技 and
    /// 蓝鲸星河 for 蓝鲸星河科技有限公司, 声澜 for 声澜科技, 瑞华医院 for 苏州瑞华医院, Lumen for Lumen Robotics; a district's, 江北新区 for 南京江北新区. A short form that is a knowledge-base name (北京 of 北京大学) or an everyday word
    /// is not one.
    /// </summary>
    /// <param name="everydayLatinWords">Whether an everyday English word may be a short form ("Kiln" of Kiln Robotics): so
    /// where another name a recognizer typed as an organisation is spelled so, not where any occurrence in the text is.</param>
    /// <param name="isRegion">Whether a word is a place's name at all, however rare (东莞): a registered firm's name starts
    /// with its region by law (东莞檀驰机器人科技有限公司 goes by 檀驰机器人), so there any region is dropped.</param>
    /// <param name="isFrequentWord">An everyday word so frequent that even a firm named with it and its trade does not go by it
    /// (数据 of 数据科技); a rarer one does (潜流 of 潜流科技). Without it, no everyday word is a short form.</param>
    public IEnumerable<string> Abbreviations(EntityCluster cluster, Func<string, bool> isCommonWord, bool everydayLatinWords = false, Func<string, bool>? isListedPlace = null,
        Func<string, bool>? isRegion = null, Func<string, bool>? isFrequentWord = null)
    {
        if (cluster.Type == EntityType.Work)
        {
            // "the Online Safety Act" of the Online Safety Act 2023: a law goes by its name without its year, too.
            // 《算力与野心：一位投资人眼中的人工智能十年》 goes by 《算力与野心》: a title without its subtitle.
            return cluster.LatinForms.Select(LawInitials).Concat(cluster.LatinForms.Select(f => LawName().Match(f))
                .Where(m => m.Success && m.Groups["year"].Success).Select(m => m.Value[..m.Groups["year"].Index].TrimEnd()))
                .Concat(cluster.Forms.Select(TitleWithoutItsSubtitle))
                .OfType<string>();
        }
        if (cluster.Type is not (EntityType.Organization or EntityType.Location))
        {
            return [];
        }
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (cluster.Type == EntityType.Location)
        {
            // 南京江北新区 goes by 江北新区: the city before a district is dropped.
            foreach (var form in cluster.ChineseForms)
            {
                if (LeadingPlace(form) is { } city && form.Length - city.Length >= 3)
                {
                    found.Add(form[city.Length..]);
                    // 深圳南山区 goes by 南山 too: the district without its city and its rank.
                    if (form[^1] is '区' or '县' && form.Length - city.Length >= 3)
                    {
                        found.Add(form[city.Length..^1]);
                    }
                }
                // 渝北星汇人工智能产业园 goes by 星汇产业园: a park by its own name and its head, without its place and its trade.
                if (ParkHeads.FirstOrDefault(h => form.EndsWith(h, StringComparison.Ordinal)) is { } park
                    && (LeadingPlace(form) ?? LeadingListedPlace(form, isRegion ?? isListedPlace)) is { } parkPlace && form.Length - parkPlace.Length - park.Length >= 4)
                {
                    found.Add(form.Substring(parkPlace.Length, 2) + park);
                }
                // 无锡市 goes by 无锡: a city, province, county or district without the word for its rank.
                if (form.Length >= 3 && form[^1] is '市' or '省' or '县' or '区')
                {
                    found.Add(form[..^1]);
                }
            }
            // Laikipia County goes by Laikipia.
            foreach (var form in cluster.LatinForms)
            {
                if (form.Split(' ') is [.. var name, "County" or "Province" or "Prefecture" or "District"] && name.Length > 0 && name.All(w => w.Length > 0 && char.IsAsciiLetterUpper(w[0])))
                {
                    found.Add(string.Join(' ', name));
                }
            }
            return WithoutNonNames(found, cluster, isCommonWord, everydayLatinWords);
        }
        // The names before a firm's trade (潜流 of 潜流科技): the document itself says they name a firm.
        var tradeStems = new HashSet<string>(StringComparer.Ordinal);
        // 安岚机器人（南京）有限公司 goes by 安岚机器人 as 安岚机器人有限公司 would: a registered name's place in brackets aside.
        foreach (var form in cluster.ChineseForms.SelectMany(f => BracketedPlace().IsMatch(f) ? [f, BracketedPlace().Replace(f, "")] : new[] { f }))
        {
            // 苏州瑞华医院 goes by 瑞华医院: the city before an institution's own name of four characters or more.
            if (InstitutionHeads.Any(h => form.EndsWith(h, StringComparison.Ordinal)) && LeadingPlace(form) is { } city && form.Length - city.Length >= 4)
            {
                found.Add(form[city.Length..]);
                // 浙江省立康华医院 goes by 康华医院: a provincial or city institution without its rank too.
                var rank = form.AsSpan(city.Length).StartsWith("省立") || form.AsSpan(city.Length).StartsWith("市立") ? 2
                    : city[^1] is '省' or '市' && form[city.Length] == '立' ? 1 : 0;
                if (rank > 0 && form.Length - city.Length - rank >= 4)
                {
                    found.Add(form[(city.Length + rank)..]);
                }
            }
            // 成都锦岚智能计算研究院 goes by 锦岚研究院: a research institute by the two characters of its own name after its city
            // and its head, without its field.
            if (ResearchHeads.FirstOrDefault(h => form.EndsWith(h, StringComparison.Ordinal)) is { } researchHead
                && (LeadingPlace(form) ?? LeadingListedCity(form, isListedPlace, isRegion)) is { } instituteCity
                && form.Length - instituteCity.Length - researchHead.Length >= 4 && !isCommonWord(form.Substring(instituteCity.Length, 2)))
            {
                found.Add(form.Substring(instituteCity.Length, 2) + researchHead);
            }
            // 绍兴市稽山医疗集团 goes by 稽山医疗集团: the city before a group named with its own name and trade (not 汽车集团).
            if (form.EndsWith("集团", StringComparison.Ordinal) && (LeadingPlace(form) ?? LeadingListedCity(form, isListedPlace, isRegion)) is { } groupCity
                && form.Length - groupCity.Length >= 5)
            {
                found.Add(form[groupCity.Length..]);
            }
            // 声澜科技 goes by 声澜, 卓渊视觉 by 卓渊: a name that ends in its trade, with two characters or more before it.
            if (GenericTails.Concat(ChineseTradeWords).FirstOrDefault(t => form.EndsWith(t, StringComparison.Ordinal)) is { } trade && form.Length - trade.Length >= 2)
            {
                found.Add(form[..^trade.Length]);
                tradeStems.Add(form[..^trade.Length]);
            }
            // 北京师范大学教育学部 goes by 教育学部: a unit's own name after an organisation outside the KB.
            if (UnitNameCandidates.UncuratedParentLength(form) is { } parentLength && form.Length - parentLength >= 4)
            {
                found.Add(form[parentLength..]);
            }
            // 安徽省气象局 goes by 省气象局: a provincial or city body named without its place, as its own staff and press do.
            if (WithoutItsPlace(form) is { } unplaced)
            {
                found.Add(unplaced);
            }
            if (AbbreviatedHeads.FirstOrDefault(h => form.EndsWith(h, StringComparison.Ordinal)) is not { } head)
            {
                continue;
            }
            var shortForm = form[..^head.Length];
            found.Add(shortForm);
            // 元启智能驾驶技术有限公司 goes by 元启 and 元启智驾: the name before the everyday words of its trade, and that name
            // with the first character of each of them but a last generic one (技术).
            var tradeWords = TradeWordsAtTheEnd(shortForm);
            if (tradeWords.Count > 0 && shortForm.Length - tradeWords.Sum(w => w.Length) is var named and >= 2)
            {
                found.Add(shortForm[..named]);
                tradeStems.Add(shortForm[..named]);
                var contracted = GenericTails.Contains(tradeWords[^1]) ? tradeWords[..^1] : tradeWords;
                if (contracted.Count >= 2)
                {
                    found.Add(shortForm[..named] + string.Concat(contracted.Select(w => w[0])));
                }
            }
            // 东风汽车集团有限公司 goes by 东风汽车 and 东风: a group's name without 集团, and without its trade.
            if (head != "集团" && shortForm.EndsWith("集团", StringComparison.Ordinal) && shortForm.Length >= 4)
            {
                var group = shortForm[..^2];
                found.Add(group);
                if (GenericTails.FirstOrDefault(t => group.EndsWith(t, StringComparison.Ordinal)) is { } groupTrade && group.Length - groupTrade.Length >= 2)
                {
                    found.Add(group[..^groupTrade.Length]);
                    // 上海朔方智能科技集团股份有限公司 goes by 朔方智能: without its city too.
                    if ((LeadingPlace(group) ?? LeadingListedPlace(group, isRegion ?? isListedPlace)) is { } groupPlace && group.Length - groupPlace.Length - groupTrade.Length >= 2)
                    {
                        found.Add(group[groupPlace.Length..^groupTrade.Length]);
                    }
                }
            }
            // 北大荒农垦集团有限公司 goes by 北大荒集团: a group's name without the trade before 集团.
            if (head != "集团" && shortForm.EndsWith("集团", StringComparison.Ordinal) && shortForm.Length >= 7 && isCommonWord(shortForm[^4..^2]))
            {
                found.Add(shortForm[..^4] + "集团");
            }
            // 合肥市产业投资控股（集团）有限公司 goes by 合肥产投: a city's holding firm by its city and the first character of
            // each two-character word of its trade.
            var curatedPlace = LeadingPlace(shortForm);
            if (curatedPlace is not null)
            {
                found.UnionWith(CityAndInitials(shortForm, curatedPlace));
            }
            // 深圳冷擎热管理科技股份有限公司 goes by 冷擎科技: its own name and the last word of its trade, without the words between.
            var body = (curatedPlace ?? LeadingListedPlace(shortForm, isRegion ?? isListedPlace)) is { } bodyPlace ? shortForm[bodyPlace.Length..] : shortForm;
            if (GenericTails.FirstOrDefault(t => body.EndsWith(t, StringComparison.Ordinal)) is { } lastTrade && body.Length - lastTrade.Length >= 4)
            {
                found.Add(body[..2] + lastTrade);
                found.Add(body[..3] + lastTrade);
            }
            // 北京知语科技有限公司 goes by 知语科技: a city before the name is dropped too, one the KB lists or one the place
            // list does (长沙麓谷医疗科技有限公司 goes by 麓谷医疗).
            if ((curatedPlace ?? LeadingListedPlace(shortForm, LegalFormHeads.Contains(head) ? isRegion ?? isListedPlace : isListedPlace)) is { } place)
            {
                found.Add(shortForm[place.Length..]);
                if (GenericTails.FirstOrDefault(t => shortForm.EndsWith(t, StringComparison.Ordinal)) is { } placeTail && shortForm.Length - place.Length - placeTail.Length >= 2)
                {
                    found.Add(shortForm[place.Length..^placeTail.Length]);
                }
                // 南京麒麟湾科创发展有限公司 goes by 麒麟湾科创: without its city and the words of its trade.
                var tradeLength = TradeWordsAtTheEnd(shortForm).Sum(w => w.Length);
                if (tradeLength > 0 && shortForm.Length - place.Length - tradeLength >= 2)
                {
                    found.Add(shortForm[place.Length..^tradeLength]);
                }
                // 重庆碧津产业投资集团 goes by 碧津产投: an investor without its city, by its own name and its trade's initials.
                if (InvestorsTrades.FirstOrDefault(t => shortForm.EndsWith(t, StringComparison.Ordinal)) is { } investing && shortForm.Length - place.Length - investing.Length >= 2)
                {
                    found.Add(shortForm[place.Length..^investing.Length] + investing[0] + investing[2]);
                }
                // 广州汇迈机器人有限公司 goes by 汇迈: a robot maker without its city and what it makes.
                var withoutCity = shortForm[place.Length..];
                var maker = GenericTails.FirstOrDefault(t => withoutCity.EndsWith(t, StringComparison.Ordinal)) is { } makerTail ? withoutCity[..^makerTail.Length] : withoutCity;
                if (maker.EndsWith("机器人", StringComparison.Ordinal) && maker.Length >= 5)
                {
                    found.Add(maker[..^3]);
                }
            }
            if (GenericTails.FirstOrDefault(t => shortForm.EndsWith(t, StringComparison.Ordinal)) is { } tail)
            {
                found.Add(shortForm[..^tail.Length]);
            }
        }
        // 安徽省投资集团控股有限公司 goes by 安徽投资集团: a provincial or city name, and what it goes by, with its place kept and
        // the word for its rank dropped.
        foreach (var form in cluster.ChineseForms.Concat(found).ToList())
        {
            if (WithoutItsRank(form) is { } unranked)
            {
                found.Add(unranked);
            }
        }
        // "Canopy Sense Ltd." goes by Canopy Sense, and by what Canopy Sense goes by.
        foreach (var form in cluster.Forms.Select(WithoutLegalSuffix).Where(f => !cluster.Forms.Contains(f)).ToList())
        {
            found.Add(form);
        }
        // "City of Phoenix Water Services Department" goes by Water Services Department and Water Services, as its own city does.
        foreach (var form in cluster.Forms)
        {
            if (CityDepartment(form) is { } department)
            {
                found.Add(department);
                found.Add(department[..department.LastIndexOf(' ')]);
            }
        }
        foreach (var form in cluster.Forms.Concat(found.Where(f => f.Contains(' '))).Distinct().ToList())
        {
            if (LatinShortForm(form, everydayLatinWords) is { } shortForm && !IsAnArmNamedAfterItsFirm(form, shortForm))
            {
                found.Add(shortForm);
                // "Meridian" of Meridian Health Systems, "Lakeshore" of Lakeshore Casualty & Auto Insurance: the first word of
                // capitalised words before the head, when it is a name.
                if (shortForm.Split(' ') is [var first, _, ..] words && words.All(w => w == "&" || (w.Length > 0 && char.IsAsciiLetterUpper(w[0])))
                    && first.Length >= 3 && char.IsAsciiLetterUpper(first[0]) && !LatinLexicon.Nationalities.Contains(first)
                    && (everydayLatinWords || !LatinLexicon.Default.IsCommon(first.ToLowerInvariant())))
                {
                    found.Add(first);
                }
                // "Twiga Trust" of Twiga Conservation Trust: the first word and the head noun, the trade between them dropped.
                var head = form[(shortForm.Length + 1)..];
                // Not a university's or a public body's: Ohio University is not Ohio State University.
                if (shortForm.Split(' ') is [var firstWord, _, ..] && firstWord.Length >= 3 && char.IsAsciiLetterUpper(firstWord[0]) && HeadsKeptInAShortForm.Contains(head))
                {
                    found.Add(firstWord + " " + head);
                }
            }
            // "the Commission" of the European Commission: a body named by its nationality goes by its head noun.
            else if (form.Split(' ') is [var nationality, var body] && LatinLexicon.Nationalities.Contains(nationality) && char.IsAsciiLetterUpper(body[0]))
            {
                found.Add(body);
            }
            // Between names a recognizer typed, the first word of a two-word name outside the KB is its short form too
            // ("Kestrel" of Kestrel Vision), whatever its second word; so is that of a longer name of capitalised words
            // when it is no everyday word or nationality ("Indosat" of Indosat Ooredoo Hutchison).
            else if (everydayLatinWords && cluster.Entry is null && form.Split(' ') is [var first, _, ..] words && first.Length >= 3 && char.IsAsciiLetterUpper(first[0])
                && (words.Length == 2 || (words.All(w => w.Length > 0 && char.IsAsciiLetterUpper(w[0]))
                    && !LatinLexicon.Default.IsCommon(first.ToLowerInvariant()) && !LatinLexicon.Nationalities.Contains(first))))
            {
                found.Add(first);
            }
            // "Buckeye Ridge" of Buckeye Ridge Savings Bank, "Halden Rowe" of Halden Rowe Consulting: the words before the
            // trade and the head.
            if (WithoutItsTrade(form) is { } named && !IsAnArmNamedAfterItsFirm(form, named))
            {
                found.Add(named);
            }
            // "Pennock Institute" of the Pennock Institute for Public Technology: a name and its head before what the body is for.
            if (HeadBeforeItsPurpose().Match(form) is { Success: true } purposed)
            {
                found.Add(purposed.Groups["named"].Value);
            }
            // "CMA" of the Competition and Markets Authority: the initials of a name of three capitalised words or more.
            if (Initials(form) is { } initials)
            {
                found.Add(initials);
            }
        }
        return WithoutNonNames(found, cluster, f => isCommonWord(f) && !(isFrequentWord is not null && tradeStems.Contains(f) && !isFrequentWord(f)), everydayLatinWords);
    }

    [GeneratedRegex(@"^(?<named>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2} (?:Institute|Academy|Center|Centre|Foundation|Council|Laboratory|Society|Association)) (?:for|of) \p{Lu}")]
    private static partial Regex HeadBeforeItsPurpose();

    /// <summary>A city's or county's department named with the place the gazetteer lists: the department's own name.</summary>
    private static string? CityDepartment(string form)
    {
        if (CityDepartmentName().Match(form) is not { Success: true } match)
        {
            return null;
        }
        var words = match.Groups["rest"].Value.Split(' ');
        for (var placeWords = 1; placeWords <= Math.Min(3, words.Length - 2); placeWords++)
        {
            if (LatinLexicon.Default.Places.Contains(string.Join(' ', words[..placeWords])))
            {
                return string.Join(' ', words[placeWords..]);
            }
        }
        return null;
    }

    [GeneratedRegex(@"^(?:City|County|State|Town)\s+of\s+(?<rest>(?:\p{Lu}[\w&.-]*\s+){2,}(?:Department|Agency|Bureau|Office))$")]
    private static partial Regex CityDepartmentName();

    /// <summary>The two-character words of a trade a Chinese name ends in (智能, 驾驶, 技术 of 元启智能驾驶技术), in reading order.</summary>
    private static List<string> TradeWordsAtTheEnd(string name)
    {
        var words = new List<string>();
        var end = name.Length;
        while (end >= 4 && name[(end - 2)..end] is var word && (GenericTails.Contains(word) || ChineseTradeWords.Contains(word)))
        {
            words.Insert(0, word);
            end -= 2;
        }
        return words;
    }

    /// <summary>
    /// The two capitalised words or more an English firm's name starts with, before a tail of head nouns and trades (Savings
    /// Bank, Consulting, Cloud Services).
    /// </summary>
    private static string? WithoutItsTrade(string form)
    {
        var words = form.Split(' ');
        if (words.Length < 3 || !words.All(w => w.Length > 0 && char.IsAsciiLetterUpper(w[0])))
        {
            return null;
        }
        var kept = words.Length;
        while (kept > 2 && (LatinLexicon.Default.OrgHeads.Contains(words[kept - 1]) || TradeWords.Contains(words[kept - 1])))
        {
            kept--;
        }
        // Whitmore University of Whitmore University Hospital is its parent.
        return kept < words.Length && !LatinLexicon.Default.OrgHeads.Contains(words[kept - 1]) ? string.Join(' ', words[..kept]) : null;
    }

    private static readonly HashSet<string> TradeWords = new(StringComparer.OrdinalIgnoreCase)
        { "Savings", "Consulting", "Consultancy", "Advisory", "Services", "Solutions", "Software", "Electric", "Energy", "Cloud", "Financial", "Risk" };

    /// <summary>
    /// "Thomson Reuters" is the firm Thomson Reuters Ventures invests for, not its short form: an investment arm named after
    /// a firm the KB knows (by any word of the name) goes by its full name only.
    /// </summary>
    private bool IsAnArmNamedAfterItsFirm(string form, string shortForm) =>
        ArmHeads.Contains(form[(shortForm.Length + 1)..])
        && shortForm.Split(' ').Any(word => knowledgeBase.FindByName(word).Any(e => e.Type == EntityType.Organization));

    private static readonly HashSet<string> ArmHeads = new(StringComparer.Ordinal) { "Ventures", "Capital", "Fund", "Investments" };

    private HashSet<string> WithoutNonNames(HashSet<string> found, EntityCluster cluster, Func<string, bool> isCommonWord, bool everydayLatinWords)
    {
        found.RemoveWhere(f => f.Length < 2 || !(f.All(CharClass.IsHan) || f.All(c => c is ' ' or '-' or '.' || char.IsAsciiLetterOrDigit(c)))
            || (isCommonWord(f) && !(everydayLatinWords && f.All(char.IsAsciiLetter))) || knowledgeBase.FindByName(f).Count > 0 || cluster.Forms.Contains(f, StringComparer.Ordinal));
        return found;
    }

    /// <summary>
    /// 省气象局 for 安徽省气象局, 市卫健委 for 杭州市卫健委: a curated province or city before 省 or 市 dropped, leaving the
    /// rank and three characters or more. A zone's committee goes by its zone too: 高新区管委会 for 西安高新区管委会.
    /// </summary>
    private string? WithoutItsPlace(string name)
    {
        var rank = name.IndexOfAny(['省', '市']);
        if (rank is >= 2 and <= 3 && name.Length - rank >= 4 && knowledgeBase.FindByName(name[..rank]).Any(e => e.Type == EntityType.Location))
        {
            return name[rank..];
        }
        return name.EndsWith("管委会", StringComparison.Ordinal) && LeadingPlace(name) is { } city && name.Length - city.Length >= 5 ? name[city.Length..] : null;
    }

    private string? WithoutItsRank(string name) =>
        WithoutItsPlace(name) is { } unplaced ? name[..^unplaced.Length] + unplaced[1..] : null;

    /// <summary>A curated place a Chinese name starts with (北京 in 北京知语科技), leaving two characters or more.</summary>
    private string? LeadingPlace(string name)
    {
        for (var length = Math.Min(3, name.Length - 2); length >= 2; length--)
        {
            if (knowledgeBase.FindByName(name[..length]).Any(e => e.Type == EntityType.Location))
            {
                return name[..length];
            }
        }
        return null;
    }

    /// <summary>绍兴市 of 绍兴市稽山医疗集团: a city with its rank that the place list knows, where the knowledge base does not.</summary>
    private static string? LeadingListedCity(string name, Func<string, bool>? isListedPlace, Func<string, bool>? isRegion)
    {
        var rank = name.IndexOf('市');
        return rank is 2 or 3 && (isListedPlace?.Invoke(name[..rank]) == true || isRegion?.Invoke(name[..rank]) == true) ? name[..(rank + 1)] : null;
    }

    private static IEnumerable<string> CityAndInitials(string name, string city)
    {
        var words = name[city.Length..];
        foreach (var group in (string[])["(集团)", "集团"])
        {
            words = words.EndsWith(group, StringComparison.Ordinal) ? words[..^group.Length] : words;
        }
        if (words.Length is < 4 or > 8 || words.Length % 2 != 0 || !words.All(CharClass.IsHan))
        {
            yield break;
        }
        var initials = string.Concat(Enumerable.Range(0, words.Length / 2).Select(i => words[2 * i]));
        for (var length = 2; length <= initials.Length; length++)
        {
            yield return city.TrimEnd('市') + initials[..length];
        }
    }

    private static string? LeadingListedPlace(string name, Func<string, bool>? isListedPlace) =>
        isListedPlace is null ? null
        : name.Length >= 6 && isListedPlace(name[..3]) ? name[..3]
        : name.Length >= 5 && isListedPlace(name[..2]) ? name[..2]
        : null;

    /// <summary>"DMCC Act" of the Digital Markets, Competition and Consumers Act 2024: a law goes by its words' initials and its head.</summary>
    private static string? LawInitials(string form) =>
        LawName().Match(form) is { Success: true } law
        && law.Groups["words"].Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("and" or "of" or "the" or "for")).ToList() is { Count: >= 2 } words
        && words.All(w => char.IsAsciiLetterUpper(w[0]))
            ? string.Concat(words.Select(w => w[0])) + " " + law.Groups["head"].Value
            : null;

    [GeneratedRegex(@"^(?<words>.+?)\s+(?<head>" + LatinCandidates.LawHeads + @")(?<year>\s+(?:of\s+)?\d{4})?$")]
    private static partial Regex LawName();

    private static string? Initials(string form)
    {
        var words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("and" or "of" or "the" or "for" or "&")).ToList();
        return words.Count >= 3 && words.All(w => char.IsAsciiLetterUpper(w[0]) && w.Skip(1).All(char.IsAsciiLetterLower))
            ? string.Concat(words.Select(w => w[0]))
            : null;
    }

    private static readonly HashSet<string> InstitutionHeadsOfAParent = new(StringComparer.Ordinal)
        { "University", "College", "Institute", "Academy", "Hospital", "School" };

    private static string WithoutLegalSuffix(string form) =>
        form.LastIndexOf(' ') is var lastSpace and > 0 && char.IsAsciiLetterUpper(form[0])
            && LatinLexicon.Default.OrgLegalSuffixes.Contains(form[(lastSpace + 1)..].TrimEnd('.'))
            ? form[..lastSpace].TrimEnd(',') : form;

    /// <summary>
    /// "Lumen" for Lumen Robotics, "Quarry" for Quarry Labs: the words before an English organisation's head noun, when they
    /// are capitalised and, unless <paramref name="everydayWords"/>, not an everyday word.
    /// </summary>
    private static string? LatinShortForm(string form, bool everydayWords)
    {
        var lastSpace = form.LastIndexOf(' ');
        var lexicon = LatinLexicon.Default;
        if (lastSpace <= 0 || !char.IsAsciiLetterUpper(form[0]) || !lexicon.OrgHeads.Contains(form.AsSpan(lastSpace + 1)))
        {
            return null;
        }
        var shortForm = form[..lastSpace];
        // Whitmore University of Whitmore University Hospital is the parent, not a short form.
        if (InstitutionHeadsOfAParent.Contains(shortForm[(shortForm.LastIndexOf(' ') + 1)..]))
        {
            return null;
        }
        return shortForm.Contains(' ') || !((!everydayWords && lexicon.IsCommon(shortForm.ToLowerInvariant())) || LatinLexicon.Nationalities.Contains(shortForm)) ? shortForm : null;
    }

    /// <summary>
    /// 清华 and 清华大学 in one document are one organisation: a cluster outside the KB whose every form is a short form
    /// (<see cref="Abbreviations"/>) of exactly one organisation named in full joins it. So does a word the recognizer read
    /// as a place (a town's name: Meridian) that is the first word of an organisation the text names and never stands where a
    /// place would in <paramref name="text"/> ("Meridian said …" beside Meridian Health AI), or, in Chinese, stands only where
    /// a firm would (长岭旗下 beside 长岭汽车), or is the name of the group the text names in full (宁波舟山港 beside
    /// 宁波舟山港集团: a port goes by the group that runs it).
    /// </summary>
    public void MergeAbbreviations(List<EntityCluster> all, Func<string, bool> isCommonWord, string? text = null, Func<string, bool>? isListedPlace = null,
        Func<string, bool>? isRegion = null)
    {
        // A short form several names share goes to the one whose head noun makes it a short form ("Brightline" of Brightline AI)
        // where the others only start with it (Brightline Motion, its division).
        var owners = new Dictionary<string, EntityCluster>(StringComparer.Ordinal);
        var abbreviations = all.ToDictionary(c => c, c => Abbreviations(c, isCommonWord, everydayLatinWords: true, isListedPlace, isRegion).ToHashSet(StringComparer.Ordinal));
        foreach (var group in all.SelectMany(c => abbreviations[c].Select(a => (Short: a, Cluster: c)))
            .GroupBy(x => x.Short, StringComparer.Ordinal))
        {
            var claimants = group.Select(x => x.Cluster).Distinct().ToList();
            // "Harbor" of Harbor Mutual Insurance and of "Harbor Mutual", itself that firm's short form: the firm named in full.
            if (claimants.Count > 1 && claimants.Where(a => claimants.All(b => b == a || b.Forms.Any(abbreviations[a].Contains))).ToList() is [{ } fullest])
            {
                claimants = [fullest];
            }
            var byHeadNoun = claimants.Count == 1 ? claimants
                : claimants.Where(c => c.Forms.Any(f => LatinShortForm(f, everydayWords: true) == group.Key)).ToList();
            // Of Ocado Group and Ocado Technology, "Ocado" is the group: a legal form names the firm itself, a trade its arm.
            if (byHeadNoun.Count > 1 && byHeadNoun.Where(c => c.Forms.Any(f => f.StartsWith(group.Key + " ", StringComparison.Ordinal)
                    && IsALegalForm(f[(group.Key.Length + 1)..]))).ToList() is [{ } firm])
            {
                byHeadNoun = [firm];
            }
            // 长岭 of 长岭汽车 (named four times) rather than of its parent 长岭控股集团 (named once): with no head noun to
            // decide, the firm the text names at least twice as often as each other.
            if (byHeadNoun.Count == 0 && claimants.Count > 1
                && claimants.Where(a => a.Mentions.Count >= 3 && claimants.All(b => b == a || a.Mentions.Count >= 2 * b.Mentions.Count)).ToList() is [{ } named])
            {
                byHeadNoun = [named];
            }
            if (byHeadNoun.Count == 0 && claimants.Count > 1 && FirmNamedNearest(group.Key, claimants) is { } nearest)
            {
                byHeadNoun = [nearest];
            }
            // "Vollmark" of Vollmark AG, not of Vollmark Robotics, its unit: a name that only adds a legal form names the firm itself.
            if (claimants.Count > 1 && claimants.Where(c => AddsOnlyALegalForm(c, group.Key)).ToList() is [{ } itself])
            {
                byHeadNoun = [itself];
            }
            if (byHeadNoun is [{ } owner])
            {
                owners[group.Key] = owner;
            }
        }
        // A single word read as a surname (Marlow of Marlow Motors) is the organisation's short form too, unless a person
        // in the document goes by it.
        bool IsSurnameOfNobody(EntityCluster c) => c.Type == EntityType.Person && c.Forms.All(f => IsSingleToken(f) && f.All(char.IsAsciiLetter))
            && !all.Any(p => p != c && p.Type == EntityType.Person && PersonNames(p).Any(n => NameParts(n).Any(c.Forms.Contains)));
        // A short form's owner may itself have joined a longer name ("Universal" of "Universal Music", which abbreviates
        // Universal Music Group): the short form follows it there.
        var absorbedInto = new Dictionary<EntityCluster, EntityCluster>();
        EntityCluster Current(EntityCluster c)
        {
            while (absorbedInto.TryGetValue(c, out var into))
            {
                c = into;
            }
            return c;
        }
        // So is a name of two words read as a person's ("Halden Rowe's study" of Halden Rowe Consulting) where nothing the text
        // says of it is said of a person.
        bool IsAFirmsNameReadAsAPerson(EntityCluster c) => text is not null && c.Type == EntityType.Person
            && c.Forms.All(f => f.Contains(' ') && f.All(ch => ch == ' ' || char.IsAsciiLetter(ch)))
            && !c.Mentions.Any(m => IsSaidOfAPerson(text, m));
        // And so is a Chinese firm's short form read as a person's name (钟麓 of 钟麓智算) where no title or honorific goes with it.
        bool IsAChineseFirmsShortFormReadAsAPerson(EntityCluster c) => text is not null && c.Type == EntityType.Person
            && c.Forms.All(f => f.Length is >= 2 and <= 5 && f.All(CharClass.IsHan) && owners.ContainsKey(f))
            && !c.Mentions.Any(m => ChinesePersonCueAfter().IsMatch(text.AsSpan(m.End, Math.Min(4, text.Length - m.End))));
        foreach (var part in all.Where(c => c.Entry is null && (c.Type is EntityType.Organization or EntityType.Location or EntityType.Work || IsSurnameOfNobody(c)
            || IsAFirmsNameReadAsAPerson(c) || IsAChineseFirmsShortFormReadAsAPerson(c))).ToList())
        {
            // A form in capitals beside the same name in lower case ("Vyrel AI (stylized VYREL)", "Vyrel") goes where that one goes.
            var full = part.Forms.Where(f => !part.Forms.Any(other => other != f && other.Equals(f, StringComparison.OrdinalIgnoreCase)) || f.Any(char.IsLower))
                .Select(f => owners.GetValueOrDefault(f)).Distinct().Select(o => o is null ? null : Current(o)).Distinct().ToList();
            if (full is [_] && text is not null && part.Type is EntityType.Organization or EntityType.Location
                && part.LatinForms.Any(f => IsTheFirmItsNamesakesBelongTo(f, all, text, full[0], readAsAFirm: part.Type == EntityType.Organization)))
            {
                part.Retype(EntityType.Organization);
                continue;
            }
            if (full is [{ } owner] && owner != part && all.Contains(owner) && (owner.Type == EntityType.Work) == (part.Type == EntityType.Work)
                && ((owner.Type == EntityType.Location) == (part.Type == EntityType.Location) || IsAFirmsNameNeverUsedAsAPlace(part, owner, text, isRegion)))
            {
                if (part.Type != owner.Type && owner.Type == EntityType.Organization)
                {
                    part.Retype(owner.Type);
                }
                Merge(all, owner, part, AbbreviationReason(part.Forms.First(), owner));
                if (all.Contains(owner))
                {
                    absorbedInto[part] = owner;
                }
                else
                {
                    absorbedInto[owner] = part;
                }
                continue;
            }
            if (part.Type is EntityType.Location or EntityType.Work)
            {
                continue;
            }
            // 省农科院 contracts 安徽省农业科学院 named without its province, 交大 上海交通大学 without its city.
            var contracted = all.Where(c => c != part && c.Type == EntityType.Organization
                && part.Forms.All(f => c.ChineseForms.Any(name => IsContraction(f, name) || (WithoutItsPlace(name) is { } unplaced && IsContraction(f, unplaced))
                    || (LeadingPlace(name) is { } city && IsContraction(f, name[city.Length..]))))).ToList();
            if (contracted is [{ } longer] && all.Contains(part))
            {
                Merge(all, longer, part, AbbreviationReason(part.Forms.First(), longer));
                continue;
            }
            // 东风旗下 beside 东风汽车集团有限公司: a short form that is also a word (east wind), where only a firm stands.
            if (text is not null && part.Forms.All(f => f.All(CharClass.IsHan))
                && part.Mentions.All(m => FirmAfterAChineseName().IsMatch(text.AsSpan(m.End, Math.Min(4, text.Length - m.End))))
                && all.Where(c => c != part && c.Type == EntityType.Organization
                    && part.Forms.All(Abbreviations(c, _ => false).Contains)).ToList() is [{ } firm] && all.Contains(part))
            {
                Merge(all, firm, part, AbbreviationReason(part.Forms.First(), firm));
            }
        }
        MergeDistrictsNamedWithTheirCity(all);
    }

    /// <summary>
    /// 广州南沙 beside 南沙 (or 南沙区) is that district: a curated city before the name of a place the document also names on
    /// its own, where the short name would be shared with 南沙区 and so go to neither.
    /// </summary>
    private void MergeDistrictsNamedWithTheirCity(List<EntityCluster> all)
    {
        foreach (var longer in all.Where(c => c is { Entry: null, Type: EntityType.Location }).ToList())
        {
            foreach (var form in longer.ChineseForms)
            {
                // LeadingPlace leaves two characters or more after the city.
                if (LeadingPlace(form) is not { } city)
                {
                    continue;
                }
                var district = form[city.Length..];
                var named = all.Where(c => c != longer && c is { Entry: null, Type: EntityType.Location } && c.Forms.Contains(district)).ToList();
                if (named is [{ } place])
                {
                    Merge(all, place, longer, $"\"{form}\" is \"{district}\" named with its city {city}");
                    break;
                }
            }
        }
    }

    /// <summary>
    /// 发改委 of 发展和改革委员会, 北大 of 北京大学, 港交所 of 香港交易所: a Chinese short form that keeps characters of the full
    /// name in order, from its first or second character (a place's second: 香港 → 港) to one inside its head noun, but not
    /// the whole head (中国银行 is not 中国建设银行) unless what comes before the head is contracted too (浙大控制学院).
    /// </summary>
    internal static bool IsContraction(string shortForm, string fullName)
    {
        if (shortForm.Length < 2 || shortForm.Length * 3 > fullName.Length * 2 || !shortForm.All(CharClass.IsHan)
            || (shortForm[0] != fullName[0] && shortForm[0] != fullName[1]) || HeadForContraction(fullName) is not { } head
            || (shortForm.EndsWith(head, StringComparison.Ordinal) && !IsAContractedNameBeforeItsHead(shortForm[..^head.Length], fullName[..^head.Length]))
            || head.IndexOf(shortForm[^1]) < 0)
        {
            return false;
        }
        // The last kept character must lie in the head, not before it.
        return EndOfCharactersInOrder(shortForm, fullName) > fullName.Length - head.Length;
    }

    private static string? HeadForContraction(string fullName) =>
        OrganizationHeadCandidates.HeadOf(fullName) ?? (InstitutionHeadAtEnd().Match(fullName) is { Success: true } head ? head.Value : null);

    // The heads of schools, centres, bureaus, provincial departments (厅) and offices (新闻办公室 goes by 新闻办), which organisation
    // names found by their head noun do not end in.
    [GeneratedRegex("(?:研究中心|学院|中心|院|局|所|厅|办公室)$")]
    private static partial Regex InstitutionHeadAtEnd();

    // 浙大控制学院 of 浙江大学控制科学与工程学院 keeps the whole head: what comes before it is no piece of the full name
    // (北京大学 is a name of its own beside 北京理工大学) but picks characters from two words of it or more (科技局 of
    // 市科学技术局).
    private static bool IsAContractedNameBeforeItsHead(string shortName, string fullName) =>
        shortName.Length >= 2 && !fullName.Contains(shortName, StringComparison.Ordinal);

    private static string? TitleWithoutItsSubtitle(string title) =>
        title.IndexOf(':') is var colon and >= 2 && title.Length - colon > 2 && !char.IsWhiteSpace(title[colon - 1]) ? title[..colon].TrimEnd() : null;

    /// <summary>
    /// "Ambrel" beside Ambrel Research, Ambrel UK Ltd. and Ambrel Forge, or "Tessivo" beside its regional arm Tessivo EMEA,
    /// standing alone more often than any of them is named: the firm whose units and products carry its name, not a short
    /// form of one of them. Where the firm's full name is the only organisation among them ("Corvelle" beside Corvelle Labs,
    /// Corvelle Pilot and Corvelle Harbor), the products carry the name of that firm, which goes by it.
    /// </summary>
    private static bool IsTheFirmItsNamesakesBelongTo(string name, IReadOnlyList<EntityCluster> all, string text, EntityCluster? owner, bool readAsAFirm)
    {
        // "Vollmark" beside Vollmark AG is that firm, whatever its namesakes: the full name only adds its legal form.
        if (name.Length < 3 || name.Contains(' ') || !char.IsAsciiLetterUpper(name[0])
            || (owner is not null && AddsOnlyALegalForm(owner, name)))
        {
            return false;
        }
        var namesakes = all.Where(c => c.Type is EntityType.Organization or EntityType.Product
            && c.LatinForms.Any(f => f.StartsWith(name + " ", StringComparison.Ordinal))).ToList();
        var standsAlone = new Regex(@"\b" + Regex.Escape(name) + @"\b(?![ \t]+\p{Lu})");
        // Named alone three times before any namesake is ("Marrowind" long before its toolkit Marrowind Studio), the name is
        // the firm's own: an article gives a firm's full name first. Not where a namesake is a firm by its head (Brieflark
        // Labs makes Brieflark), nor for a place (Ontario before the Ontario Superior Court of Justice).
        if (readAsAFirm && namesakes.Count > 0 && !namesakes.Any(c => c.LatinForms.Any(f => f.StartsWith(name + " ", StringComparison.Ordinal) && IsAFirmsHead(f[(name.Length + 1)..].Split(' ', ',')[0])))
            && standsAlone.Count(text[..namesakes.SelectMany(c => c.Mentions).Min(m => m.Start)]) >= 3)
        {
            return namesakes.All(c => standsAlone.Count(text) > 2 * c.Mentions.Count);
        }
        // One namesake is enough where it is the firm's regional arm ("Tessivo" beside Tessivo EMEA).
        var regionalArm = namesakes.Any(c => c.LatinForms.Any(f => RegionalArm().IsMatch(f.AsSpan(name.Length))));
        if ((namesakes.Count < 3 && !regionalArm)
            || (!regionalArm && owner is not null && !namesakes.Any(c => c != owner && c.Type == EntityType.Organization)))
        {
            return false;
        }
        var alone = standsAlone.Count(text);
        return alone >= 3 && namesakes.All(c => alone > c.Mentions.Count);
    }

    // What names a firm itself after its name, not a unit or product the firm names after itself ("Studio", "Cloud").
    private static bool IsAFirmsHead(string word) =>
        IsALegalForm(word) || word is "Labs" or "Lab" or "Technologies" or "Technology" or "Systems" or "Robotics"
            or "Ventures" or "Capital" or "Partners" or "Corporation" or "Company" or "Research" or "Semiconductor" or "Software" or "Therapeutics" or "Industries";

    [GeneratedRegex("^ (?:EMEA|APAC|LATAM|Europe|Asia|Asia Pacific|Americas|North America|UK|US|USA|India|Japan|China|Germany|France|Canada|Australia)$")]
    private static partial Regex RegionalArm();

    private static bool IsAFirmsNameNeverUsedAsAPlace(EntityCluster part, EntityCluster owner, string? text, Func<string, bool>? isRegion)
    {
        if (text is null || part.Type != EntityType.Location || owner.Type != EntityType.Organization)
        {
            return false;
        }
        ReadOnlySpan<char> After(Candidate m, int length) => text.AsSpan(m.End, Math.Min(length, text.Length - m.End));
        // A word no gazetteer lists as a place ("a shareholder in Altivo" of Altivo Cloud Inc.) is the firm wherever it stands.
        return (part.Forms.All(f => f.All(c => char.IsAsciiLetter(c) || c == ' '))
                && (part.Forms.All(f => !LatinLexicon.Default.Places.Contains(f))
                    || part.Mentions.All(m => OfficerAfter().IsMatch(After(m, 40))
                        || (!PlaceBefore().IsMatch(text.AsSpan(Math.Max(0, m.Start - 30), Math.Min(30, m.Start))) && !PlaceAfter().IsMatch(After(m, 40))))))
            || (part.Forms.All(f => f.All(CharClass.IsHan))
                && (part.Mentions.All(m => FirmAfterAChineseName().IsMatch(After(m, 4)))
                    // 汇迈 of 广州汇迈机器人有限公司, read as a place after 在 ("在汇迈，他…"): a word no dictionary lists as a place.
                    || (isRegion is not null && part.Forms.All(f => !isRegion(f)))
                    || part.Forms.All(f => owner.ChineseForms.Contains(f + "集团"))));
    }

    // 长岭旗下, 长岭董事长: what only a firm has, after a name the tagger read as a town's (长岭 of 长岭汽车).
    [GeneratedRegex("^(?:旗下|董事长|总裁|CEO|创始人|首席)")]
    private static partial Regex FirmAfterAChineseName();

    // Where a place stands: "in Meridian", "near Meridian", "Boise, Meridian", "COLUMBUS, Ohio" (a dateline); "Meridian,
    // Idaho", "Meridian-based".
    [GeneratedRegex(@"(?:\b(?:in|at|from|near|to|across|outside|around|of)\s+|\b[A-Z](?:[a-z]+|[A-Z]+),\s+)$")]
    private static partial Regex PlaceBefore();

    [GeneratedRegex(@"^(?:,\s+[A-Z][a-z]+\b(?!\s+(?:said|says|is|was|has|had|will|would))|-based\b)")]
    private static partial Regex PlaceAfter();

    private static bool IsSaidOfAPerson(string text, Candidate mention) =>
        PersonCueAfter().IsMatch(text.AsSpan(mention.End, Math.Min(30, text.Length - mention.End)));

    [GeneratedRegex("^(?:先生|女士|博士|教授|院士|老师|同学|总[，。、：:,]|说|笑|认为|回忆|坦言|介绍说)")]
    private static partial Regex ChinesePersonCueAfter();

    // "Halden Rowe said", "Halden Rowe, a partner at …", "Halden Rowe, who …": said of a person.
    [GeneratedRegex(@"^(?:\s+(?:said|says|told|added|argued|wrote|explained)\b|,\s+(?:a|an|the|who|whose|his|her|its|now|then|formerly|previously|chief|head)\b|,\s+[a-z]+\s+(?:at|of)\b)")]
    private static partial Regex PersonCueAfter();

    // "Rachel Dunmore, Corvane's vice president": whose officer someone is, a firm, though a name and a comma come before it.
    [GeneratedRegex(@"^['’]s\s+(?:[a-z-]+\s+){0,2}?(?:chief|president|vice president|CEO|CTO|CFO|COO|founder|co-founder|cofounder|spokes(?:man|woman|person))\b")]
    private static partial Regex OfficerAfter();

    public static string AbbreviationReason(string shortForm, EntityCluster full) =>
        $"\"{shortForm}\" abbreviates \"{full.Forms.Where(f => f.Length > shortForm.Length).OrderByDescending(f => f.Length).FirstOrDefault() ?? full.Name}\", named in full in the document";

    public static IEnumerable<string> PersonNames(EntityCluster cluster) =>
        cluster.Forms.Concat(cluster.Entry?.Aliases.Select(a => a.Text) ?? []).Where(f => !IsSingleToken(f));

    public static IEnumerable<string> NameParts(string name) =>
        name.Split([' ', '·', '-'], StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= (p.Any(CharClass.IsCjk) ? 2 : 3));

    internal static bool IsSingleToken(string form) => form.IndexOfAny([' ', '·']) < 0;

    private static void Merge(List<EntityCluster> all, EntityCluster into, EntityCluster from, string reason)
    {
        if (into == from || (into.Entry is not null && from.Entry is not null && into.Entry != from.Entry))
        {
            return;
        }
        if (into.Entry is null && from.Entry is not null)
        {
            (into, from) = (from, into);
        }
        into.Absorb(from, reason);
        all.Remove(from);
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    [GeneratedRegex(@"^》?\s*播客")]
    private static partial Regex PodcastHead();

    // After a closing quote too, and before what says the gloss is another name: “深瞳肺析”（英文名DeepLung）.
    [GeneratedRegex(@"^[”」』""]?\s*[（(]\s*(?:(?:英文名称?|英文简称|英文|简称|又名|又称)[：:]?\s*)?$")]
    private static partial Regex OpeningParenthesis();
}
