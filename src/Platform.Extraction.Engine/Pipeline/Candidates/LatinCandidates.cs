using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Latin;
using Platform.Extraction.Engine.Pipeline.Relations;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Proper names in Latin script, typed by the recognizer's cues, lists and tagger. A single everyday word
/// ("Welcome", "Internet") or a plural acronym ("AIs", "GPUs") is a name only when a context cue or a legal
/// suffix says so, or when it was read as a place and the place gazetteer lists it ("in Toronto"); an acronym that spells a word ("IFS") is not an everyday word. A Chinese head noun right
/// after a name ("Zephyr 公司", "Qorvex 播客") types it more surely than the tagger; an untyped phrase ending in an
/// event noun ("… Summit") is an event, and one spelled as a web address the text gives (Okta, okta.com) an organisation.
/// </summary>
internal static partial class LatinCandidates
{
    /// <summary>The cue of a Latin name typed by the Chinese or English noun for its kind (推理框架QiFlow, Zephyr 公司).</summary>
    public const string KindNounCue = "head noun of a Latin name";

    private static readonly System.Buffers.SearchValues<string> NameBreaks = System.Buffers.SearchValues.Create(["**", " · "], StringComparison.Ordinal);

    public static IEnumerable<Candidate> Find(string text, IReadOnlyList<TextSpan> sentences, LatinEntityRecognizer recognizer, LatinLexicon lexicon,
        CancellationToken cancellationToken = default)
    {
        var ranges = sentences.Select(s => (s.Start, s.End)).ToList();
        HashSet<string>? webNames = null;
        HashSet<string>? tickers = null;
        HashSet<string>? definedTerms = null;
        var recognizedSpans = recognizer.Recognize(text, ranges, cancellationToken).ToList();
        var rosterLines = RosterLinesOf(text).ToList();
        // The tagger's type of a name is copied to its other mentions, so a roster line's name it misread is retyped everywhere.
        var rosterLinesNames = recognizedSpans.Where(s => s.Type != EntityType.Person
                && rosterLines.Any(line => line.Groups["name"] is { Success: true } name && name.Index == s.Start && name.Index + name.Length == s.End))
            .Select(s => text[s.Start..s.End]).ToHashSet(StringComparer.Ordinal);
        foreach (var recognized in recognizedSpans)
        {
            // "望隼Echo AI耳机": AI before a Chinese device's noun is the device's kind, no part of its name (WPS AI助手 keeps it).
            var span = recognized.End - recognized.Start > 3 && DeviceNoun().IsMatch(text.AsSpan(recognized.End))
                && text.AsSpan(recognized.Start, recognized.End - recognized.Start).EndsWith(" AI", StringComparison.Ordinal)
                    ? recognized with { End = recognized.End - 3 }
                    : recognized;
            // "Mei-Ling Tsao1,2,*, Jonas Vehrenkamp1": a paper's authors with their affiliations' numbers glued on, no model numbers.
            if (AffiliationMarks().Match(text, span.Start, span.End - span.Start) is { Success: true } marks && AffiliationLines.IsAnAuthorLine(text, span.Start))
            {
                span = span with { End = marks.Index, Type = EntityType.Person };
            }
            // "Maren Lindahl (ex-Epic Systems)": "ex-" says the firm is a past one, no part of its name.
            if (span.End - span.Start > 5 && text.AsSpan(span.Start).StartsWith("ex-", StringComparison.Ordinal) && char.IsAsciiLetterUpper(text[span.Start + 3]))
            {
                span = span with { Start = span.Start + 3 };
            }
            // "Courtesy of Vollmark AG", "Photo by Ines Moreau": a caption's credit is no part of the name it credits.
            if (CaptionCredit().Match(text, span.Start, span.End - span.Start) is { Success: true } credit && credit.Length < span.End - span.Start)
            {
                span = span with { Start = span.Start + credit.Length };
            }
            // "**Tessivo** · Private · Series C": emphasis and a spaced middle dot end a name.
            if (text.AsSpan(span.Start, span.End - span.Start).IndexOfAny(NameBreaks) is > 0 and var cut)
            {
                span = span with { End = span.Start + text.AsSpan(span.Start, cut).TrimEnd().Length };
            }
            var surface = text[span.Start..span.End];
            // "4,096-GPU cluster", "a 256K-token context": a number's digits and its unit are no name.
            if (span.Source == LatinSources.Acronym && (MeasureWord().IsMatch(surface) || (span.Start >= 2 && text[span.Start - 1] == ',' && char.IsAsciiDigit(text[span.Start - 2]))))
            {
                continue;
            }
            // "Introducing Skerry-2": a headline's verb is no part of what it introduces.
            if (HeadlineVerb().Match(surface) is { Success: true, Length: var verbLength } verb && verbLength < surface.Length)
            {
                span = span with { Start = span.Start + verbLength };
                surface = text[span.Start..span.End];
                // "Appoints Devan Holloway CFO": whom a headline appoints is a person.
                if (verb.Groups["appoints"].Success && IsNamedByAHeadlineVerb(surface, lexicon))
                {
                    span = span with { Type = EntityType.Person };
                }
            }
            // "Kwabena Ofori-Mensah — Managing Partner, Tallgrass Frontier Ventures": the name a roster line opens with holds the
            // posts after it.
            if (span.Type != EntityType.Person && rosterLinesNames.Contains(surface))
            {
                span = span with { Type = EntityType.Person };
            }
            // "A. Plaintiffs", "V. FACTUAL ALLEGATIONS": an outline's letter or numeral opening a heading is no part of a name
            // (a heading the name fills to the line's end; "J. Smith said" keeps its initial).
            if (OutlineMark().Match(surface) is { Success: true } mark && TextLines.OpensALine(text, span.Start) && EndsTheLine(text, span.End))
            {
                span = span with { Start = span.Start + mark.Length };
                surface = text[span.Start..span.End];
            }
            // "Defendant Tobias Renfrew", "Plaintiff Thornbury House Publishing LLC": a party's label in a pleading is no part
            // of its name, and a label alone ("A. Plaintiffs") names no one.
            if (PartyLabel().Match(surface) is { Success: true } party)
            {
                if (party.Length == surface.Length)
                {
                    continue;
                }
                span = span with { Start = span.Start + party.Length };
                surface = text[span.Start..span.End];
                if (span.Type == EntityType.Organization && lexicon.FirstNames.Contains(surface.AsSpan(0, Math.Max(0, surface.IndexOf(' ')))) && surface.Contains(' ')
                    && !lexicon.OrgHeads.Contains(surface.AsSpan(surface.LastIndexOf(' ') + 1)))
                {
                    span = span with { Type = EntityType.Person };
                }
            }
            // "Congrats Teodora!", "Congrats, Teo!": whom a comment greets is a person, the greeting no part of the name.
            if (Greeting().Match(surface) is { Success: true } greeting && greeting.Length < surface.Length && !surface.AsSpan(greeting.Length).Contains(' '))
            {
                span = span with { Start = span.Start + greeting.Length, Type = EntityType.Person };
                surface = text[span.Start..span.End];
            }
            else if (!surface.Contains(' ') && IsGreeted(text, span))
            {
                span = span with { Type = EntityType.Person };
            }
            // "Managing General Partner, AI Fund": a title before a comma is the post, the name after it the firm; so is an everyday
            // word ("Head of Research, Sablegate Compute").
            if (TitleBeforeAComma().Match(surface) is { Success: true } titled
                && (titled.Groups["title"].Success || (lexicon.IsCommon(titled.Groups["word"].Value.ToLowerInvariant()) && FollowsATitleOfAField(text, span.Start))))
            {
                span = span with { Start = span.Start + titled.Groups["firm"].Index };
                surface = text[span.Start..span.End];
            }
            // "Veridane Names Shalini Raghunathan CEO": a headline's verb between a firm and whom it names parts the two.
            if (HeadlineVerbInside().Match(surface) is { Success: true } inside)
            {
                var named = inside.Groups["named"];
                foreach (var part in TwoNames(span, inside.Groups["firm"], EntityType.Organization, "a firm before a headline's verb",
                    named, IsNamedByAHeadlineVerb(named.Value, lexicon) ? EntityType.Person : span.Type ?? EntityType.Organization, "what a headline's verb names"))
                {
                    yield return part;
                }
                continue;
            }
            // "Dear Limited Partners,": a letter's salutation names its readers, no organisation; nor does a press release's
            // "Media Contact:" label; nor is a listed firm's stock code a name of its own (688527.SH, 0700.HK).
            if (((Salutation().IsMatch(surface) || (ContactLabel().IsMatch(surface) && span.End < text.Length && text[span.End] == ':')) && TextLines.OpensALine(text, span.Start))
                || StockCode().IsMatch(surface) || DocumentPart().IsMatch(surface) || (tickers ??= Tickers(text)).Contains(surface))
            {
                continue;
            }
            // "Veltrace's 2024 Series B financing": a funding round is no name; its owner before the possessive is.
            if (OwnersFundingRound().Match(surface) is { Success: true } round)
            {
                var owner = round.Groups["owner"];
                yield return new Candidate(span.Start, span.Start + owner.Length, owner.Value, EntityType.Organization, span.Confidence,
                    CandidateSource.LatinRecognizer, Cue: "the owner of a funding round");
                continue;
            }
            // "King's Cross", "Earl's Court": an everyday word's possessive opens a name of one place, not an owner's.
            if (OwnedName().Match(surface) is { Success: true } owned && !lexicon.IsCommon(owned.Groups["owner"].Value.ToLowerInvariant()))
            {
                // "Amazon's Industrial Innovation Fund", "Microsoft's Nuance": the owner and what it owns are two names.
                var start = span.Start + owned.Groups["owned"].Index;
                // "Nvidia's GB300 accelerators": a model code its maker owns, before the kind of thing it is, is a product
                // however rarely named.
                // So is any owned name before its kind ("Pellucid's Reelsmith editor").
                var ofItsKind = ProductKindAfter().IsMatch(text.AsSpan(span.End, Math.Min(16, text.Length - span.End)));
                var modelOfItsKind = ofItsKind && ModelCode().IsMatch(text.AsSpan(start, span.End - start));
                yield return new Candidate(start, span.End, text[start..span.End], ofItsKind ? EntityType.Product : span.Type ?? EntityType.Organization,
                    Math.Max(span.Confidence, modelOfItsKind ? ChineseRecognizerCandidates.SureCandidateConfidence : 0.6),
                    CandidateSource.LatinRecognizer, Cue: "owned unit named after a possessive");
                continue;
            }
            // "Rafael Ortiz of Jefferies": a first and last name, then "of" and a firm, are two names the tagger read as one.
            // Not a firm's own name ("Royal Bank of Canada").
            if (PersonOfAFirm().Match(surface) is { Success: true } personOf && lexicon.FirstNames.Contains(personOf.Groups["first"].Value)
                && !lexicon.OrgHeads.Contains(personOf.Groups["last"].Value) && !lexicon.Places.Contains(personOf.Groups["firm"].Value))
            {
                foreach (var part in TwoNames(span, personOf.Groups["person"], EntityType.Person, "a person named with the firm they are of",
                    personOf.Groups["firm"], EntityType.Organization, "the firm a person is of"))
                {
                    yield return part;
                }
                continue;
            }
            // "the Laboratory for Statistical Learning and Inference at UW": a unit named for its fields holds the last one after
            // "and", where the tagger stopped before it.
            if (UnitNamedForItsFields().IsMatch(surface) && LastFieldAfterAnd().Match(text, span.End) is { Success: true } lastField)
            {
                var end = span.End + lastField.Length;
                yield return new Candidate(span.Start, end, text[span.Start..end], EntityType.Organization, Math.Max(span.Confidence, 0.7),
                    CandidateSource.LatinRecognizer, Cue: "a unit named for its fields, the last after \"and\"");
                continue;
            }
            // "Pinecrest Data Systems of Colorado Springs": a firm, then "of" and the place it is from, are two names.
            if (FirmOfAPlace().Match(surface) is { Success: true } firmOf && lexicon.Places.Contains(firmOf.Groups["place"].Value))
            {
                foreach (var part in TwoNames(span, firmOf.Groups["firm"], EntityType.Organization, "a firm named with the place it is of",
                    firmOf.Groups["place"], EntityType.Location, "the place a firm is of"))
                {
                    yield return part;
                }
                continue;
            }
            // "the Danish health-AI company Corti": the kind of firm read before its name is no part of it.
            if (KindBeforeAName().Match(surface) is { Success: true } kind)
            {
                var start = span.Start + kind.Groups["name"].Index;
                yield return new Candidate(start, span.End, text[start..span.End], EntityType.Organization, Math.Max(span.Confidence, 0.6),
                    CandidateSource.LatinRecognizer, Cue: "name after the kind of firm");
                continue;
            }
            // "CN121203586A", "US 11,842,117 B2": a patent's publication number names the patent, a work.
            var headType = PatentNumber().IsMatch(surface) ? EntityType.Work
                : span.Source is LatinSources.Cue or LatinSources.LegalSuffix ? null
                : TypeFromChineseHead(text, span.End) ?? TypeFromEnglishHead(surface, span.Type)
                    ?? (span.Type is null || span.Source is LatinSources.Tagger or LatinSources.Acronym ? TypeFromChineseKindBefore(text, span.Start) : null)
                    ?? (span.Type is null ? TypeFromOwnerBefore(text, span.Start, surface) : null)
                    // "makes Saltmere Scribe, an ambient note-taking assistant": an untyped name with a product's kind beside it.
                    ?? (span.Type is null && FirmCues.ProductKindInApposition(text, span.End) ? EntityType.Product : (EntityType?)null)
                    // "Mirrorgate Labs makes Mirrorgate Forge, which generates …": what a firm makes or sells, untyped or only the
                    // tagger's guess, is a product.
                    ?? ((span.Type is null || span.Source == LatinSources.Tagger) && ProductVerbBefore().IsMatch(text.AsSpan(Math.Max(0, span.Start - 24), Math.Min(24, span.Start))) ? EntityType.Product : null);
            // "left Stripe in 2023 to start Quillmark": a firm is what one leaves, joins or founds, even an everyday word;
            // so is one who leads or joins a round ("Greylock joined the A").
            var before = text.AsSpan(Math.Max(0, span.Start - 24), Math.Min(24, span.Start));
            var firmByItsVerb = headType is null
                && ((span.Type is null && span.Source == LatinSources.Chunk
                        && (FirmVerbBefore().IsMatch(before) || LedARoundAfter().IsMatch(text.AsSpan(span.End, Math.Min(48, text.Length - span.End)))
                            || FoundedByAfter().IsMatch(text.AsSpan(span.End, Math.Min(64, text.Length - span.End)))
                            || RivalIsBefore().IsMatch(text.AsSpan(Math.Max(0, span.Start - 48), Math.Min(48, span.Start)))))
                    // The tagger's guess at a word it never saw gives way to a founding verb: "before starting Vantora" is no place.
                    || (span.Source == LatinSources.Tagger && span.Type is EntityType.Location or EntityType.Person
                        && (FoundingVerbBefore().IsMatch(before) || (FoundedByOpening().IsMatch(text.AsSpan(Math.Max(0, span.Start - 100), Math.Min(100, span.Start)))
                            // "Founded in 2022 by A, B and C, it develops …": a founder still in the list is no firm.
                            && !ListGoesOn().IsMatch(text.AsSpan(span.End))))));
            if (firmByItsVerb)
            {
                headType = EntityType.Organization;
            }
            // Untyped, or typed only by the tagger or a name list: a single word spelled as a web address of the text is the organisation
            // behind it, whatever the tagger guessed from a word it never saw (Okta, okta.com).
            if (headType is null && span.Source is LatinSources.Chunk or LatinSources.Tagger or LatinSources.NameList or LatinSources.Propagated && !surface.Contains(' '))
            {
                webNames ??= WebNames(text);
                if (webNames.Contains(surface.ToLowerInvariant()))
                {
                    yield return new Candidate(span.Start, span.End, surface, EntityType.Organization, 0.7, CandidateSource.LatinRecognizer,
                        Cue: "named like a web address in the text");
                    continue;
                }
            }
            if ((headType ?? span.Type) is not { } type || (span.Source == LatinSources.Tagger && headType is null && IsAHeadlinePhraseOnly(text, span.Start, surface))
                || IsPartOfACapitalisedTitle(text, span.Start, span.End) || IsTheFunctionOfATitle(text, span.Start, surface) || IsALotsTitleOrNumber(text, span.Start, surface))
            {
                continue;
            }
            if (span.Source == LatinSources.Tagger && type != EntityType.Person && SurnameEnding().IsMatch(surface))
            {
                type = EntityType.Person;
            }
            // "Nvidia's Jetson Thor module": a name before the kind of thing it is is no person; "the Cindral Trace tool" is no firm.
            if (span.Source == LatinSources.Tagger && (type == EntityType.Person || (type == EntityType.Organization && headType is null && TheBefore(text, span.Start)))
                && ProductKindAfter().IsMatch(text.AsSpan(span.End, Math.Min(16, text.Length - span.End))))
            {
                type = EntityType.Product;
            }
            // 望隼Pebble AI录音挂件: an everyday word written onto a Chinese brand, before the kind of device it is, is the device's name.
            var stronglyTyped = span.Source is LatinSources.Cue or LatinSources.LegalSuffix || firmByItsVerb
                || (headType == EntityType.Product && span.Start > 0 && CharClass.IsHan(text[span.Start - 1]));
            var isAcronym = surface.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));
            // 非玩家角色（NPC）: an acronym glossing a Chinese term is the term's (an organisation's gloss is read by its head noun).
            if (isAcronym && span.Source == LatinSources.Tagger && GlossOfAChineseTerm().IsMatch(text.AsSpan(Math.Max(0, span.Start - 2), Math.Min(2, span.Start)))
                && span.End < text.Length && text[span.End] is ')' or '）')
            {
                continue;
            }
            // SUBTLEX counts some cities among everyday words (Toronto, Lisbon); a place the gazetteer lists is one.
            var listedPlace = type == EntityType.Location && lexicon.Places.Contains(surface);
            // (the "Company"): a filing's defined term is an everyday word, wherever it stands and however its context types it.
            if ((!stronglyTyped || (definedTerms ??= DefinedTerms(text)).Contains(surface))
                && !listedPlace && !surface.Contains(' ') && ((!isAcronym && lexicon.IsCommon(surface.ToLowerInvariant())) || PluralAcronym().IsMatch(surface)))
            {
                continue;
            }
            // "Date of Report:", "Item 5.02 … Election of Directors; Appointment of Certain Officers": a form's field labels and
            // item headings are everyday words in capitals, no names; nor is a firm's board ("the Board of Directors").
            if (!stronglyTyped && !listedPlace && surface.Contains(' ')
                && ((IsAllEverydayWords(surface) && (IsAFieldLabel(text, span.Start, span.End) || InAFormsItemHeading(text, span.Start))) || FirmsBoard().IsMatch(surface)))
            {
                continue;
            }
            // "affluent English speakers": a nationality or language alone is no organisation.
            if (!stronglyTyped && type == EntityType.Organization && LatinLexicon.Nationalities.Contains(surface))
            {
                continue;
            }
            // "WILMINGTON, Del. —": a state's abbreviation keeps its full stop.
            if (type == EntityType.Location && span.End < text.Length && text[span.End] == '.' && UsStateAbbreviations.States.ContainsKey(surface))
            {
                yield return new Candidate(span.Start, span.End + 1, surface + ".", type, Math.Max(span.Confidence, 0.8), CandidateSource.LatinRecognizer,
                    Cue: "a state's abbreviation");
                continue;
            }
            // "the supermarket chain Sainsbury's, paused": a possessive that owns nothing is part of the firm's name.
            if (type == EntityType.Organization && NameEndingInAPossessive().Match(text, span.End) is { Success: true } possessive)
            {
                var end = span.End + possessive.Length;
                yield return new Candidate(span.Start, end, text[span.Start..end], type, span.Confidence, CandidateSource.LatinRecognizer,
                    Cue: "a firm's name ending in a possessive");
                continue;
            }
            yield return headType is null
                ? new Candidate(span.Start, span.End, surface, type, span.Confidence, CandidateSource.LatinRecognizer, Cue: "Latin " + span.Source)
                : new Candidate(span.Start, span.End, surface, type, Math.Max(span.Confidence, ChineseRecognizerCandidates.SureCandidateConfidence), CandidateSource.LatinRecognizer, Cue: KindNounCue);
        }
        foreach (var candidate in RosterLineNames(rosterLines, recognizedSpans))
        {
            yield return candidate;
        }
    }

    /// <summary>The roster lines of the text (<see cref="RosterLineOpening"/>), each read once.</summary>
    private static IEnumerable<Match> RosterLinesOf(string text)
    {
        for (var lineStart = 0; lineStart < text.Length; lineStart = TextLines.EndOf(text, lineStart) + 1)
        {
            if (RosterLineOpening().Match(text, lineStart, TextLines.EndOf(text, lineStart) - lineStart) is { Success: true } line)
            {
                yield return line;
            }
        }
    }

    /// <summary>
    /// "Maren Solvik, Co-founder and CEO, Brightfold AI": the person a roster line opens with and the firm after their titles,
    /// where the tagger found neither (it reads such lines unevenly, one signatory a person, the next a firm).
    /// </summary>
    private static IEnumerable<Candidate> RosterLineNames(List<Match> rosterLines, List<LatinEntitySpan> recognizedSpans)
    {
        foreach (var line in rosterLines)
        {
            foreach (var (name, type) in new[] { (line.Groups["name"], EntityType.Person), (line.Groups["firm"], EntityType.Organization) })
            {
                if (name.Success && !recognizedSpans.Any(s => s.Start < name.Index + name.Length && name.Index < s.End))
                {
                    yield return new Candidate(name.Index, name.Index + name.Length, name.Value, type, 0.7, CandidateSource.LatinRecognizer,
                        Cue: type == EntityType.Person ? "the name a roster line opens with" : "the firm after a roster line's titles");
                }
            }
        }
    }

    [GeneratedRegex(@"^(?:Laboratory|Lab|Institute|Center|Centre|School|Department|Division|Program|Initiative)\s+(?:for|of)\s+[A-Z]")]
    private static partial Regex UnitNamedForItsFields();

    [GeneratedRegex(@"\G\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s+(?:at|in|of)\s|\s*[,.;)]|\s+[a-z])")]
    private static partial Regex LastFieldAfterAnd();

    /// <summary>A span the tagger read as one name that is two ("Rafael Ortiz of Jefferies"): its first part, then its last.</summary>
    private static IEnumerable<Candidate> TwoNames(LatinEntitySpan span, Group first, EntityType firstType, string firstCue, Group last, EntityType lastType, string lastCue)
    {
        yield return new Candidate(span.Start, span.Start + first.Length, first.Value, firstType, span.Confidence, CandidateSource.LatinRecognizer, Cue: firstCue);
        yield return new Candidate(span.Start + last.Index, span.End, last.Value, lastType, Math.Min(span.Confidence, 0.7), CandidateSource.LatinRecognizer, Cue: lastCue);
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}[（(]$")]
    private static partial Regex GlossOfAChineseTerm();

    [GeneratedRegex("^[A-Z]{1,4}[0-9]{2,4}[A-Za-z]?$")]
    private static partial Regex ModelCode();

    // One word may say what kind first ("the Penstock Sentinel policy engine").
    [GeneratedRegex(@"^\s+(?:[a-z]+\s+)?(?:module|modules|chip|chips|processor|processors|accelerator|accelerators|GPU|GPUs|platform|robot|robots|app|software|kit|board|headset|supercomputer|computer|cluster|tool|tools|editor|engine|assistant|arm|arms|models?|agents?|apps)\b")]
    private static partial Regex ProductKindAfter();

    /// <summary>
    /// "Eliteserien to Hand Offside Calls to AI for 2027 Season": in a headline every word is capitalised, so the tagger
    /// reads phrases as names. A phrase of several words it found in a title-case line that the body never repeats is no
    /// name.
    /// </summary>
    private static bool IsAHeadlinePhraseOnly(string text, int start, string surface)
    {
        if (!surface.Contains(' ') || !IsTitleCaseLine(text, start))
        {
            return false;
        }
        for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
        {
            if (!IsTitleCaseLine(text, at))
            {
                return false;
            }
        }
        return true;
    }

    private static bool EndsTheLine(string text, int end) =>
        text.AsSpan(end, TextLines.EndOf(text, end) - end).IsWhiteSpace();

    private static bool TheBefore(string text, int start) => text.AsSpan(0, start).EndsWith("the ", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A headline: a line of four words or more, most of them (short words aside) capitalised, that ends in no full stop,
    /// is no byline, no author line, no roster line, no numbered affiliation and no labelled list of people ("Co-Is: Prof. …"),
    /// and has text after it (a line on its own, such as a page title, may be all name).
    /// </summary>
    private static bool IsTitleCaseLine(string text, int at)
    {
        var lineStart = TextLines.StartOf(text, at);
        var lineEnd = text.IndexOf('\n', at);
        if (lineEnd < 0 || text.AsSpan(lineEnd).IsWhiteSpace())
        {
            return false;
        }
        var line = text[lineStart..lineEnd].TrimEnd();
        var words = LongWord().Matches(line);
        return line.Length > 0 && line[^1] is not ('.' or '!' or '?' or '"') && words.Count >= 4 && !BylineOpening().IsMatch(line) && !AuthorLines.IsAuthorLine(line)
            && !RosterLineOpening().IsMatch(line) && !LabelledPeople().IsMatch(line) && !AffiliationLines.IsAffiliationLine(line)
            && words.Count(w => char.IsUpper(w.Value[0])) >= 0.8 * words.Count;
    }

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z'-]{3,}")]
    private static partial Regex LongWord();

    /// <summary>"Head of Research, …", "Professor of Computer Science": a title of a field ends right before <paramref name="start"/>.</summary>
    public static bool FollowsATitleOfAField(string text, int start) =>
        TitleOfAFieldBefore().IsMatch(text.AsSpan(Math.Max(0, start - 40), Math.Min(40, start)));

    [GeneratedRegex(@"\b(?i:head|director|chief|dean|professor|vice\s+president)\s+of\s+$")]
    private static partial Regex TitleOfAFieldBefore();

    // Before two words at least, so that an initial stays with a name filling its line ("J. Smith").
    [GeneratedRegex(@"^(?:[A-Z]|[IVX]{1,4})\.\s+(?=\p{Lu}\p{L}+[\s-]+\p{L}{2,})")]
    private static partial Regex OutlineMark();

    [GeneratedRegex(@"^(?:CN|US|WO|EP|JP|KR)\s?\d[\d,/]{6,14}\s?[ABUC]\d?$")]
    private static partial Regex PatentNumber();

    private static bool IsGreeted(string text, LatinEntitySpan span) =>
        GreetingBefore().IsMatch(text.AsSpan(Math.Max(0, span.Start - 20), Math.Min(20, span.Start)))
        && span.End < text.Length && text[span.End] is '!' or ',' or '.';

    // Greetings that open a comment to someone (a letter's salutation, "Dear …", "Hi …", is read apart: it names readers).
    private const string GreetingWords = "Congrats|Congratulations|Thanks|Welcome|Hey";

    [GeneratedRegex(@"^(?:" + GreetingWords + @"),?\s+")]
    private static partial Regex Greeting();

    [GeneratedRegex(@"(?:^|\n)\s*(?:" + GreetingWords + @"|Thank you|Hi|Hello),?\s+$")]
    private static partial Regex GreetingBefore();

    [GeneratedRegex(@"^(?:[A-Z]\.\s+)?(?:(?:Non-)?Part(?:y|ies)|(?:Named\s+)?(?:Plaintiff|Defendant|Petitioner|Respondent|Appellant|Appellee|Intervenor)s?)(?:\s+|$)", RegexOptions.IgnoreCase)]
    private static partial Regex PartyLabel();

    [GeneratedRegex(@"^(?:(?<title>(?i:" + RoleNouns.Chain + @"))|(?<word>\p{Lu}\p{Ll}+)),\s+(?<firm>\p{Lu}.*)$")]
    private static partial Regex TitleBeforeAComma();

    // "Co-Is: Prof. Rhys Ambrose-Tate (University of Edinburgh); Dr …": a label, then people by their honorifics; an e-mail's
    // "Cc: Zainab Nadeem <zainab@…>".
    [GeneratedRegex(@"^[ \t*_>-]*(?:\p{Lu}[\p{L} .'’-]{0,30}:[ \t]+(?:" + PatternPieces.HonorificWords + @")\.?[ \t]|(?:From|To|Cc|Bcc|Reply-To):[ \t])")]
    private static partial Regex LabelledPeople();

    // "Amara Ezeilo — Founder & CEO, Plainspoken Health": a speakers page's or a team page's line, a name and its posts (not
    // a dateline: "ATLANTA — Researchers at …"); a board list's line ("**Owen Fairclough**: Chief Executive Officer, …"), where
    // the name's emphasis (blanked before this reads the text) tells it from a label; a table's row ("| Colin Ferrand | 52 |
    // Chief Financial Officer |").
    // So is a signatories list's line ("Dr. Tobiah Wenzlau, Associate Professor, ETH Zurich") and a feed's headline under a
    // commenter's name ("**Callum Dearing** · Staff Research Scientist at Google DeepMind"), the firm after the titles.
    [GeneratedRegex(@"^[ \t*_|-]*(?:(?:Dr|Prof)\.\s+)?(?<name>\p{Lu}\p{Ll}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,3})(?:[ \t*_]+[—–|·]|[ \t*_]{2,}:|[ \t*_]*,)[ \t]*" + PatternPieces.AgeCell + @"(?i:" + RoleNouns.Chain + @")"
        + @"(?:[ \t]+(?i:of|in|for)[ \t]+\p{Lu}[\w&-]*(?:[ \t]+\p{Lu}[\w&-]*){0,3})?[ \t]*(?:(?:,|(?<=[ \t])at(?=[ \t]))[ \t]*(?!(?i:" + RoleNouns.Chain + @"))(?<firm>\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+(?:(?:for|of|and|de)[ \t]+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,6})[ \t]*(?=[,;(（|]|$)|[,;(（|]|$)")]
    private static partial Regex RosterLineOpening();

    [GeneratedRegex(@"(?<=\p{Ll})\d{1,2}$")]
    private static partial Regex AffiliationMarks();

    /// <summary>
    /// "our Chief Financial Officer", "Vice President of Investor Relations", "Managing Partners at Fieldstone Capital": a
    /// title in capitals, or a piece of one, is no name. The phrase is read whole, with the capitalised words around the span.
    /// </summary>
    public static bool IsPartOfACapitalisedTitle(string text, int start, int end)
    {
        while (start >= 2 && text[start - 1] == ' ' && WordStart(text, start - 1) is var wordStart && char.IsAsciiLetterUpper(text[wordStart]))
        {
            start = wordStart;
        }
        while (end + 1 < text.Length && text[end] == ' ' && char.IsAsciiLetterUpper(text[end + 1]))
        {
            end = WordEnd(text, end + 1);
        }
        return CapitalisedTitle().IsMatch(text.AsSpan(start, end - start));
    }

    // "EP/Z81042/1": a grant's or a case's reference, a letter or three and five digits or more after a slash, is no name.
    private static bool IsAReferencePiece(string text, int start, string surface) =>
        start > 0 && text[start - 1] == '/' && ReferenceCode().IsMatch(surface);

    [GeneratedRegex(@"^[A-Z]{1,3}\d{5,}$")]
    private static partial Regex ReferenceCode();

    /// <summary>
    /// "Lot 1 — Conversational Contact Center", "Contract No. 2019-HS-0882": a notice's lot titles and reference numbers name
    /// no firm or product; nor does a ranking's "No.1".
    /// </summary>
    private static bool IsALotsTitleOrNumber(string text, int start, string surface) =>
        LotBefore().IsMatch(text.AsSpan(Math.Max(0, start - 24), Math.Min(24, start))) || RankNumber().IsMatch(surface)
        || (surface.Any(char.IsAsciiDigit) && text.AsSpan(0, start).TrimEnd().EndsWith("No.", StringComparison.Ordinal));

    // "No.1", "No. 12": a ranking's or a list's number.
    [GeneratedRegex(@"^No\.?\s?\d{1,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex RankNumber();

    [GeneratedRegex(@"(?:^|\n)[ \t*_#]*Lot\s+\d+\s*[—–:-]\s*$")]
    private static partial Regex LotBefore();

    /// <summary>"Elif Sarraf, VP of Partnerships, Marlowe Data": everyday words after a title and "of" name what the post covers, not a firm.</summary>
    private static bool IsTheFunctionOfATitle(string text, int start, string surface) =>
        TitleAndOfBefore().IsMatch(text.AsSpan(Math.Max(0, start - 48), Math.Min(48, start)))
        && surface.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w == "and" || IsAnEverydayWord(w) || (w.EndsWith('s') && IsAnEverydayWord(w[..^1])));

    [GeneratedRegex(@"\b(?:" + Relations.PatternPieces.TitleOverAFunction + @"|Chief\s+[A-Z]\w*\s+Officer)\s+of\s+$")]
    private static partial Regex TitleAndOfBefore();

    private static int WordStart(string text, int spaceAt)
    {
        var at = spaceAt;
        while (at > 0 && char.IsAsciiLetter(text[at - 1]))
        {
            at--;
        }
        return at;
    }

    private static int WordEnd(string text, int at)
    {
        while (at < text.Length && char.IsAsciiLetter(text[at]))
        {
            at++;
        }
        return at;
    }

    // An acronym of the body may go before ("OIT Chief Data Officer"); a byline's "Senior Editor" is one too, and a
    // signatory's "Research Engineer" or "Associate Professor".
    [GeneratedRegex(@"^(?:[A-Z]{2,6}\s+)?(?:(?:Chief|Vice|Senior|Executive|Deputy|Associate|Assistant|Managing|Contributing|Corporate|General|Research|Staff|Principal|Lead)(?:\s+[A-Z][a-z]+){0,2}\s+(?:Officer|President|Director|Counsel|Secretary|Editor|Correspondent|Reporter|Writer|Analyst|Producer|Scientist|Engineer|Researcher|Professor|Manager)|(?:Managing|General|Founding|Venture|Operating|Senior|Limited|Talent)\s+Partners?|(?:(?:VP|SVP|EVP)\s+)?(?:Investor|Public|Government|Media)\s+Relations|Vice\s+President)$")]
    private static partial Regex CapitalisedTitle();

    // "*Posted by Ruth Amsel, Partner at Kettlebrook Capital*": a byline names its author and their firm in capitals too.
    [GeneratedRegex(@"^[\s*_]*" + BylineCandidates.EnglishBylineOpener + @"\s")]
    private static partial Regex BylineOpening();

    [GeneratedRegex(@"\G['’]s(?=\s*(?:[,;:)]|\.(?:\s|$)))")]
    private static partial Regex NameEndingInAPossessive();

    /// <summary>
    /// "at RoboCon 2025", "attended NeurIPS 2024", "被顶级会议NeurIPS 2025接收", "亮相CES 2026", "学术会议（TSAI 2026）": a
    /// capitalised name with a year, where one is or goes, is an event; and so is the same series in another year
    /// ("继TSAI 2024（西安）、TSAI 2025（合肥）之后").
    /// </summary>
    public static IEnumerable<Candidate> EventsNamedWithTheirYear(string text, LatinLexicon lexicon)
    {
        var series = new HashSet<string>(StringComparer.Ordinal);
        var found = new HashSet<int>();
        foreach (Match match in EventWithYear().Matches(text))
        {
            var name = match.Groups["name"];
            var firstWord = text.Substring(name.Index, text.IndexOf(' ', name.Index) - name.Index);
            if (!lexicon.CalendarWords.Contains(firstWord))
            {
                found.Add(name.Index);
                if (AcronymWithAYear().IsMatch(name.Value))
                {
                    series.Add(firstWord);
                }
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Event, 0.75, CandidateSource.LatinRecognizer,
                    Cue: "a name with its year after \"" + match.Groups["cue"].Value + "\"");
            }
        }
        // "The Salish AI Infrastructure Forum 2027, a two-day gathering": a name ending in an event's noun, with its year.
        foreach (Match match in EventNounWithAYear().Matches(text))
        {
            found.Add(match.Index);
            yield return new Candidate(match.Index, match.Index + match.Length, match.Value, EntityType.Event, 0.8, CandidateSource.LatinRecognizer,
                Cue: "a name ending in an event's noun, with its year");
        }
        foreach (Match match in AcronymWithAYear().Matches(text))
        {
            if (series.Contains(match.Groups["series"].Value) && !found.Contains(match.Index))
            {
                yield return new Candidate(match.Index, match.Index + match.Length, match.Value, EntityType.Event, 0.75, CandidateSource.LatinRecognizer,
                    Cue: "another year of the series " + match.Groups["series"].Value);
            }
        }
    }

    [GeneratedRegex(@"(?<![\w&'-])(?!(?:The|A|An|This|That|Our|Its|Their|At|In|During)\s)(?:[A-Z][\w&'-]*\s+){1,6}(?:Summit|Conference|Forum|Expo|Festival|Symposium|Hackathon|Congress)\s+(?:19|20)\d{2}(?![A-Za-z0-9])")]
    private static partial Regex EventNounWithAYear();

    // A series' name in capitals (TSAI, NeurIPS, CVPR): a capitalised word of other years is a series only when named so.
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?<series>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)\s+(?:19|20)\d{2}(?![A-Za-z0-9])")]
    private static partial Regex AcronymWithAYear();

    /// <summary>
    /// "the U.S. District Court for the District of Delaware", "the U.S. Court of Appeals for the Ninth Circuit": a court's
    /// name runs past "for the", where a capitalised phrase stops.
    /// </summary>
    public static IEnumerable<Candidate> CourtNames(string text) =>
        CourtName().Matches(text).Select(m => new Candidate(m.Index, m.Index + m.Length, m.Value, EntityType.Organization, 0.85,
            CandidateSource.LatinRecognizer, Cue: "a court's name"));

    [GeneratedRegex(@"\b(?:U\.S\.\s+)?(?:(?:District|Bankruptcy|Circuit|Superior)\s+Court|Court\s+of\s+(?:Federal\s+)?Appeals)\s+for\s+the\s+(?:(?:Northern|Southern|Eastern|Western|Central|Middle)\s+)?(?:District\s+of\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Federal|D\.C\.)\s+Circuit)")]
    private static partial Regex CourtName();

    /// <summary>
    /// "the Enterprise Act 2002", "the Digital Markets, Competition and Consumers Act 2024", "the Online Safety Bill": a
    /// law's name runs through its commas and "and" to its head and year, where a capitalised phrase stops at each.
    /// </summary>
    public static IEnumerable<Candidate> LawNames(string text) =>
        LawName().Matches(text).Select(m => new Candidate(m.Index, m.Index + m.Length, m.Value, EntityType.Work, 0.85,
            CandidateSource.LatinRecognizer, Cue: "a law's name"));

    /// <summary>
    /// "AI Foundation Models: Update Paper": a document's title and its subtitle, ending in the kind of document it is, are
    /// one work, where a capitalised phrase stops at the colon. Not a speaker's label opening a line ("CEO: Our Annual Report …").
    /// </summary>
    public static IEnumerable<Candidate> TitlesWithASubtitle(string text) =>
        TitleWithASubtitle().Matches(text).Where(m => !OpensALineOfNames(text, m.Index + m.Value.IndexOf(':')))
            .Select(m => new Candidate(m.Index, m.Index + m.Length, m.Value, EntityType.Work, 0.85,
                CandidateSource.LatinRecognizer, Cue: "a document's title and subtitle"));

    private static bool OpensALineOfNames(string text, int colon)
    {
        var lineStart = TextLines.StartOf(text, colon);
        return SpeakerLabel().IsMatch(text.AsSpan(lineStart, colon - lineStart));
    }

    [GeneratedRegex(@"^[\s*#>-]*(?:[A-Z][\w.'’-]*\s*){1,4}$")]
    private static partial Regex SpeakerLabel();

    private const string TitleWord = @"(?:[A-Z][A-Za-z0-9-]*|of|and|for|in|on|to|the)";

    [GeneratedRegex(@"\b(?!(?:The|This|That|These|Its|An?|Our|Their|His|Her)\s)[A-Z][A-Za-z0-9-]*(?:\s+" + TitleWord + @"){0,7}:\s+[A-Z][A-Za-z0-9-]*(?:\s+" + TitleWord + @"){0,5}?\s+(?:Paper|Report|Review|Study|Survey|Guidance|Framework|Strategy|Roadmap|Outlook)(?![\w-])")]
    private static partial Regex TitleWithASubtitle();

    /// <summary>The head nouns a law's name ends in (before its year).</summary>
    internal const string LawHeads = "Act|Bill|Directive|Regulation";

    [GeneratedRegex(@"\b(?!(?:The|This|That|These|Its|An?|Our|Their|His|Her|Any|Each|Every|No)\s)[A-Z][A-Za-z-]*(?:(?:,\s+|\s+and\s+|\s+)[A-Z][A-Za-z-]*){0,7}?\s+(?:" + LawHeads + @")(?:\s+(?:of\s+)?(?:19|20)\d{2})?(?![\w-])")]
    private static partial Regex LawName();

    /// <summary>
    /// "Skadden, Arps, Slate, Meagher &amp; Flom": partners' surnames listed with commas and closed by an ampersand name one
    /// firm, not five.
    /// </summary>
    public static IEnumerable<Candidate> FirmsNamedForTheirPartners(string text) =>
        PartnersFirm().Matches(text).Select(match => new Candidate(match.Index, match.Index + match.Length, match.Value, EntityType.Organization, 0.9,
            CandidateSource.LatinRecognizer, Cue: "partners' names listed and closed by an ampersand"));

    [GeneratedRegex(@"\b[A-Z][a-z]+(?:,\s[A-Z][a-z]+){2,}(?:,)?\s&\s[A-Z][a-z]+\b")]
    private static partial Regex PartnersFirm();

    [GeneratedRegex(@"(?:\b(?<cue>at|attend(?:ed|ing|s)?|during)\s+(?:the\s+)?|(?<cue>会议|大会|峰会|论坛|参加|出席|亮相|参展)\s*[（(]?\s*)(?<name>[A-Z][A-Za-z0-9-]*(?:\s+[A-Z][A-Za-z0-9-]*){0,3}\s+(?:19|20)\d{2})(?![A-Za-z0-9])")]
    private static partial Regex EventWithYear();

    /// <summary>
    /// A product named with its maker in front ("NVIDIA Isaac Sim", "Acme Beacon"), where the maker is a curated
    /// organisation: the curated name wins the selection, and the rest of the name is the product.
    /// </summary>
    public static IEnumerable<Candidate> ProductsAfterTheirMaker(IReadOnlyList<Candidate> candidates)
    {
        var curatedOrganizations = candidates.Where(c => c is { Source: CandidateSource.KnowledgeBase, Type: EntityType.Organization }).ToLookup(c => c.Start);
        foreach (var product in candidates.Where(c => c is { Source: CandidateSource.LatinRecognizer, Type: EntityType.Product }))
        {
            var maker = curatedOrganizations[product.Start].FirstOrDefault(c => c.End < product.End && product.Text[c.Length] == ' ');
            // "Stanford PhD student": a degree the university gives is no product of it.
            if (maker is not null && product.Text[(maker.Length + 1)..] is var rest && !Degrees.Contains(rest) && !IsAnEverydayWord(rest))
            {
                var start = maker.End + 1;
                yield return product with { Start = start, Text = product.Text[(start - product.Start)..], Cue = $"product named after its maker \"{maker.Text}\"" };
            }
        }
    }

    /// <summary>
    /// "- The Mythical Man-Month, by Fred Brooks", "- "Drift-Aware Evaluation of Tool-Using Agents", by Lotte Verhagen and Kwame
    /// Asante-Rhys (NeurIPS 2025)": a list's item of a title and its authors names a work, whole with its article, and people;
    /// so does a quoted title with its citation ("- "Sparse Routing at Scale" (Okonjo et al., 2024)").
    /// </summary>
    public static IEnumerable<Candidate> WorksListedWithTheirAuthors(string text)
    {
        foreach (Match item in ListedWork().Matches(text).Concat(CitedTitle().Matches(text)))
        {
            var title = item.Groups["title"];
            yield return new Candidate(title.Index, title.Index + title.Length, title.Value, EntityType.Work, 0.9, CandidateSource.BookTitle,
                Cue: "a listed title with its authors");
            foreach (Capture author in item.Groups["author"].Captures)
            {
                yield return new Candidate(author.Index, author.Index + author.Length, author.Value, EntityType.Person, 0.8, CandidateSource.LatinRecognizer,
                    Cue: "the author of a listed title");
            }
        }
    }

    /// <summary>
    /// "| Founders | Aurelio Stanek, Priyanka Dattani |", "Founders: …": a profile's founders field lists people, each a
    /// given name and a surname, where a tagger has no sentence to read them in.
    /// </summary>
    public static IEnumerable<Candidate> PeopleInAFoundersField(string text) =>
        FoundersField().Matches(text).SelectMany(m => m.Groups["name"].Captures).Select(name => new Candidate(name.Index, name.Index + name.Length,
            name.Value, EntityType.Person, 0.8, CandidateSource.LatinRecognizer, Cue: "a profile's founders field"));

    [GeneratedRegex(@"(?<=^|\n|\|)[ \t*_]*(?:Co-)?(?:" + Relations.PatternPieces.FounderLabels + @")[ \t*_]*[:|][ \t]*(?<name>\p{Lu}[\p{Ll}'’-]+(?:[ \t]\p{Lu}[\p{Ll}'’-]+){1,2})(?:,[ \t]*(?:and[ \t]+)?(?<name>\p{Lu}[\p{Ll}'’-]+(?:[ \t]\p{Lu}[\p{Ll}'’-]+){1,2}))*[ \t]*(?=\||\n|$)")]
    private static partial Regex FoundersField();

    /// <summary>
    /// "**Kenji Aramaki** · Staff Engineer, Wealthsimple", "**Ritika Panchapakesan** · PM @ Shopify": a commenter's or a
    /// member's line names them, then their post and its firm, whatever the tagger made of either name.
    /// </summary>
    public static IEnumerable<Candidate> PeopleAndFirmsOnANameLine(string text)
    {
        foreach (Match line in PostAndFirmOnANameLine().Matches(text))
        {
            var (person, firm) = (line.Groups["person"], line.Groups["firm"]);
            yield return new Candidate(person.Index, person.Index + person.Length, person.Value, EntityType.Person, 0.75, CandidateSource.LatinRecognizer,
                Cue: "a name before its post and firm");
            yield return new Candidate(firm.Index, firm.Index + firm.Length, firm.Value, EntityType.Organization, 0.75, CandidateSource.LatinRecognizer,
                Cue: "the firm after a post on a name's line");
        }
    }

    [GeneratedRegex(@"(?<=^|\n)[ \t*_-]*\**(?<person>\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+){1,2})\**[ \t]*[·—–|][ \t]*(?i:" + Relations.RoleNouns.Chain + @")[ \t]*(?:,|@|\bat\b)[ \t]*(?<firm>\p{Lu}[\w&.'’-]*(?:[ \t]\p{Lu}[\w&.'’-]*){0,3})[ \t]*(?=\n|$)")]
    private static partial Regex PostAndFirmOnANameLine();

    /// <summary>
    /// "华为昇腾910B芯片", "昇腾310B边缘模组": a curated Chinese product name with a model number right after it is that model, a
    /// product of its own (the family stays the curated one).
    /// </summary>
    public static IEnumerable<Candidate> ModelsOfACuratedChineseProduct(string text, IReadOnlyList<Candidate> curated)
    {
        foreach (var family in curated.Where(c => c.Type == EntityType.Product && Text.CharClass.IsHan(c.Text[^1])))
        {
            if (ModelNumber().Match(text, family.End) is { Success: true } model)
            {
                var end = model.Index + model.Length;
                yield return new Candidate(family.Start, end, text[family.Start..end], EntityType.Product, 0.8, CandidateSource.LatinRecognizer,
                    Cue: "a curated product's model number");
            }
        }
    }

    [GeneratedRegex(@"\G[A-Z]?\d{2,4}[A-Z]{0,3}(?![A-Za-z0-9])")]
    private static partial Regex ModelNumber();

    /// <summary>"Community partners: Washington Technology Industry Association (WTIA), Cascadia Innovation Corridor": the names in an event's sponsor field are organisations.</summary>
    public static IEnumerable<Candidate> OrganisationsInASponsorsField(string text) =>
        SponsorsField().Matches(text).SelectMany(m => m.Groups["name"].Captures).Select(name => new Candidate(name.Index, name.Index + name.Length,
            name.Value, EntityType.Organization, 0.75, CandidateSource.LatinRecognizer, Cue: "an event's sponsors field"));

    private const string SponsorName = @"(?<name>\p{Lu}[\w&'’.-]*(?:[ \t]+(?:\p{Lu}[\w&'’.-]*|of|for|and|&))*?)(?:[ \t]+\([A-Z]{2,8}\))?";

    [GeneratedRegex(@"(?<=^|\n)[ \t*_-]*(?:" + Relations.PatternPieces.SponsorLabels + @")[ \t*_]*:[ \t]*" + SponsorName + @"(?:,[ \t]*(?:and[ \t]+)?" + SponsorName + @")*[ \t]*(?=\n|$)")]
    private static partial Regex SponsorsField();

    /// <summary>"(Vaswani et al., 2017)": a citation names its first author by surname.</summary>
    public static IEnumerable<Candidate> FirstAuthorsCited(string text) =>
        CitedFirstAuthor().Matches(text).Select(m => m.Groups["name"]).Select(name => new Candidate(name.Index, name.Index + name.Length, name.Value,
            EntityType.Person, 0.8, CandidateSource.LatinRecognizer, Cue: "a citation's first author"));

    [GeneratedRegex(@"(?<=[(（]\s*)(?<name>\p{Lu}[\p{Ll}'’]+(?:[- ]\p{Lu}[\p{Ll}'’]+)?)(?=\s+et\s+al\b)")]
    private static partial Regex CitedFirstAuthor();

    private const string AuthorName = @"(?<author>[A-Z][\w'’-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]*){1,2})";

    [GeneratedRegex(@"^[ \t]*(?:[-*•][ \t]+)?[“""](?<title>[A-Z0-9][^\n“”""]{1,100}?)[”""]\s*\([^()\n]{0,60}\b(?:19|20)\d{2}\)", RegexOptions.Multiline)]
    private static partial Regex CitedTitle();

    [GeneratedRegex(@"^[ \t]*(?:[-*•][ \t]+)?[“""]?(?<title>[A-Z0-9][^\n“”"",]{1,100}?)[”""]?,\s+by\s+" + AuthorName + @"(?:\s*(?:,|and|&)\s*" + AuthorName + @")*(?=\s*(?:\(|$))", RegexOptions.Multiline)]
    private static partial Regex ListedWork();

    /// <summary>
    /// "the Perception and Uncertainty Group at MIT": a unit named for two fields, which the tagger reads as two names at the
    /// "and", is one name.
    /// </summary>
    public static IEnumerable<Candidate> UnitsNamedForTwoFields(string text, IReadOnlyList<Candidate> candidates)
    {
        foreach (var unit in candidates.Where(c => c is { Type: EntityType.Organization, Source: CandidateSource.LatinRecognizer, Entry: null } && UnitHeadAtTheEnd().IsMatch(c.Text)))
        {
            if (FieldAndBefore().Match(text[Math.Max(0, unit.Start - 32)..unit.Start]) is { Success: true } field)
            {
                var start = unit.Start - field.Length;
                yield return unit with { Start = start, Text = text[start..unit.End], Cue = "a unit named for two fields" };
            }
        }
    }

    [GeneratedRegex(@"\s(?:Group|Lab|Laboratory|Center|Centre|Initiative|Program|Institute)$")]
    private static partial Regex UnitHeadAtTheEnd();

    [GeneratedRegex(@"(?<=\b(?:the|The|a|its|her|his|their)\s)\p{Lu}\p{Ll}+\sand\s$")]
    private static partial Regex FieldAndBefore();

    /// <summary>
    /// "Rafe Oduya and Ji-ho Kwan co-founded Coldharbor AI": a name joined by "and" to a person, both the subject of what
    /// people do, is a person's too, however rarely the tagger saw its shape.
    /// </summary>
    public static IEnumerable<Candidate> PeopleJoinedToAPerson(string text, IReadOnlyList<Candidate> candidates)
    {
        foreach (var person in candidates.Where(c => c is { Type: EntityType.Person, Source: CandidateSource.LatinRecognizer or CandidateSource.KnowledgeBase }))
        {
            if (JoinedPerson().Match(text, person.End) is { Success: true } joined && !IsAnEverydayWord(joined.Groups["first"].Value)
                && joined.Groups["name"] is var name && !candidates.Any(c => c.Start < name.Index + name.Length && name.Index < c.End))
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Person, 0.7, CandidateSource.LatinRecognizer,
                    Cue: $"joined by \"and\" to \"{person.Text}\"");
            }
        }
    }

    [GeneratedRegex(@"\G\s+and\s+(?<name>(?<first>[A-Z][a-z]+)(?:-[a-z]+)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=\s+(?:co-?founded|founded|started|launched|built|met|ran|led|wrote|created|left|joined)\b)")]
    private static partial Regex JoinedPerson();

    private static bool IsAllEverydayWords(string surface) =>
        surface.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w is "of" or "for" or "and" or "or" or "the" or "The" or "on" or "in" or "to" or "&" || IsAnEverydayWord(w));

    // "Date of Report:", not a title's name before its subtitle ("Dry Powder: Picking arms …").
    private static bool IsAFieldLabel(string text, int start, int end) =>
        end < text.Length && text[end] == ':' && TextLines.OpensALine(text, start) && text.AsSpan(start, end - start).Contains(" of ", StringComparison.Ordinal);

    private static bool InAFormsItemHeading(string text, int start)
    {
        var lineStart = TextLines.StartOf(text, start);
        return FormsItem().IsMatch(text.AsSpan(lineStart, start - lineStart));
    }

    [GeneratedRegex(@"^[\s*_#]*Item\s+\d+(?:\.\d+)?\b")]
    private static partial Regex FormsItem();

    [GeneratedRegex(@"^(?:The\s+)?Board(?:\s+of\s+Directors)?$")]
    private static partial Regex FirmsBoard();

    /// <summary>"AgiBot World": a single everyday word after a maker's name names nothing alone; the product is the whole name.</summary>
    internal static bool IsAnEverydayWord(string word) => word.All(char.IsAsciiLetter) && LatinLexicon.Default.IsCommon(word.ToLowerInvariant());

    /// <summary>
    /// A product whose Latin model name follows its Chinese line or brand with no space (骁龙AR1, 镜界Air 2): the two
    /// characters before it are part of the name, unless they are an everyday word or hold a function word (在其), end a
    /// longer word (发布|GLM-4.5), or name a curated organisation (苹果iPhone: the maker and the product are two names).
    /// Where the same line and name are written again, the recognizer's other reading of the name gives way (望隼Echo售价…).
    /// </summary>
    public static IEnumerable<Candidate> ProductsAfterTheirChineseLine(string text, IReadOnlyList<Candidate> candidates, ChineseCommonWords commonWords)
    {
        var found = LinedProducts(text, candidates.Where(c => c is { Source: CandidateSource.LatinRecognizer, Type: EntityType.Product }), candidates, commonWords).ToList();
        var names = found.Select(f => f.Text).ToHashSet(StringComparer.Ordinal);
        var again = candidates.Where(c => c is { Source: CandidateSource.LatinRecognizer, Entry: null } && c.Type != EntityType.Product && c.Start >= 2
            && names.Contains(text[(c.Start - 2)..c.End])).Select(c => c with { Type = EntityType.Product });
        return found.Concat(LinedProducts(text, again, candidates, commonWords));
    }

    private static IEnumerable<Candidate> LinedProducts(string text, IEnumerable<Candidate> products, IReadOnlyList<Candidate> candidates, ChineseCommonWords commonWords)
    {
        foreach (var product in products.Where(c => c.Start >= 2))
        {
            var start = product.Start - 2;
            var line = text.AsSpan(start, 2);
            if (!Text.CharClass.IsHan(line[0]) || !Text.CharClass.IsHan(line[1]) || line.IndexOfAny(FunctionCharacters) >= 0 || commonWords.Contains(line.ToString())
                || commonWords.StartsInsideAWord(text, start) || candidates.Any(c => c.Entry is not null && c.Start < product.Start && start < c.End)
                || IsNamedWithoutTheLine(text, product, line))
            {
                continue;
            }
            yield return product with { Start = start, Text = text[start..product.End], Cue = "a Chinese product line before a Latin model name" };
        }
    }

    // 驭途曾携RT-6亮相 beside 车型为RT-6: the model goes by its own name, and 曾携 is no line of it.
    private static bool IsNamedWithoutTheLine(string text, Candidate product, ReadOnlySpan<char> line)
    {
        for (var at = text.IndexOf(product.Text, StringComparison.Ordinal); at >= 0; at = text.IndexOf(product.Text, at + 1, StringComparison.Ordinal))
        {
            if (at != product.Start && (at < 2 || !text.AsSpan(at - 2, 2).SequenceEqual(line)))
            {
                return true;
            }
        }
        return false;
    }

    private const string FunctionCharacters = "的了在和与及是为将把被从向对给于其该此这那用以由款个曾携";

    private static readonly HashSet<string> Degrees = new(StringComparer.OrdinalIgnoreCase) { "PhD", "Ph.D.", "MBA", "MD", "MSc", "BSc", "JD", "DPhil" };

    /// <summary>
    /// The names of the web addresses a text gives ("Visit okta.com", "访问 agntcy.org"): a name the recognizer could not
    /// type that is spelled as one of them is the organisation behind it (Okta).
    /// </summary>
    private static HashSet<string> WebNames(string text) =>
        WebAddress().Matches(text).Select(m => m.Groups["name"].Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<![\w.@/-])(?:www\.)?(?<name>[A-Za-z0-9][A-Za-z0-9-]{1,30})\.(?:com|ai|io|org|net|co|dev|app)\b")]
    private static partial Regex WebAddress();

    /// <summary>A Latin name the recognizer could not type, followed by a Chinese head noun: "Qorvex 播客 App", "Zephyr 公司".</summary>
    private static EntityType? TypeFromChineseHead(string text, int end)
    {
        return KindNamed(ChineseHead().Match(text, end, Math.Min(8, text.Length - end)));
    }

    /// <summary>
    /// A Latin name right after the Chinese noun for its kind, untyped or typed only by the English tagger, which reads
    /// no Chinese context: "初创企业Helsing", "开源模型Orca", "数据集AgiBot World", "推理框架QiFlow".
    /// </summary>
    private static EntityType? TypeFromChineseKindBefore(string text, int start)
    {
        return KindNamed(ChineseKindBefore().Match(text[Math.Max(0, start - 6)..start]));
    }

    /// <summary>
    /// An untyped Latin name a Chinese possessive gives an owner (谷歌DeepMind的GraphCast, 华为的Pura): what a firm has
    /// and the text names without saying what it is is a product. An acronym (公司的CEO, 我们的AI) says too little.
    /// </summary>
    private static EntityType? TypeFromOwnerBefore(string text, int start, string surface) =>
        start >= 2 && text[start - 1] == '的' && (CharClass.IsHan(text[start - 2]) || CharClass.IsLatinLetter(text[start - 2]))
        && !surface.Contains(' ') && surface.Any(char.IsAsciiLetterLower)
            ? EntityType.Product
            : null;

    [GeneratedRegex(@"(?:\b(?:left|joined|quit|start|started|starting|found|founded|co-founded|cofounded|acquired|acquiring|bought|backed\s+by|led\s+by)|(?:\bwho|,)\s+runs)\s+$")]
    private static partial Regex FirmVerbBefore();

    [GeneratedRegex(@"\b(?:start|started|starting|found|founded|founding|co-founded|co-founding|cofounded)\s+$")]
    private static partial Regex FoundingVerbBefore();

    // "Its closest rival, the brief says, is Cascadia Synthetics": a firm's rival is a firm.
    [GeneratedRegex(@"\b(?:rival|competitor)(?:\s*,[^,.;\n]{1,30},)?\s+is\s+$")]
    private static partial Regex RivalIsBefore();

    [GeneratedRegex(@"\b(?:makes|sells|ships|builds|develops)\s+(?:the\s+)?$")]
    private static partial Regex ProductVerbBefore();

    [GeneratedRegex(@"^(?:Dear|Hi|Hello)\s")]
    private static partial Regex Salutation();

    [GeneratedRegex(@"^\d+[KMGB]?-[a-z]+$")]
    private static partial Regex MeasureWord();

    /// <summary>Two or three capitalised words a headline names or appoints, without a body's head noun, are a person's name.</summary>
    private static bool IsNamedByAHeadlineVerb(string name, LatinLexicon lexicon) =>
        name.Split(' ') is { Length: 2 or 3 } words && !lexicon.OrgHeads.Contains(words[^1]);

    [GeneratedRegex(@"^(?:(?:Image|Photo|Photograph|Picture)\s+)?(?:[Cc]ourtesy\s+(?:of\s+)?|(?:Photo|Photograph|Image|Picture)\s+by\s+)(?=\p{Lu})")]
    private static partial Regex CaptionCredit();

    [GeneratedRegex(@"^(?:Introducing|Announcing|Meet|Unveiling|(?<appoints>Appoints|Names|Hires|Taps|Promotes|Elects))\s+(?=\p{Lu})")]
    private static partial Regex HeadlineVerb();

    [GeneratedRegex(@"^(?<firm>\p{Lu}[\w.&-]*(?:\s+\p{Lu}[\w.&-]*){0,3})\s+(?:Names|Appoints|Hires|Taps|Promotes|Elects)\s+(?<named>\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*){1,2})$")]
    private static partial Regex HeadlineVerbInside();

    [GeneratedRegex(@"^(?:Media|Press|News|Investor)\s+(?:Contacts?|Inquiries|Enquiries)$")]
    private static partial Regex ContactLabel();

    [GeneratedRegex(@"^\d{4,6}\.(?:SH|SZ|BJ|HK|SS)$")]
    private static partial Regex StockCode();

    private static HashSet<string> DefinedTerms(string text) =>
        DefinedTerm().Matches(text).Select(m => m.Groups["term"].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\bthe\s+[""“](?<term>\p{Lu}\p{Ll}+)[""”]")]
    private static partial Regex DefinedTerm();

    /// <summary>
    /// What no source may take for a name: a degree or an honorific ("a PhD from Caltech", "BSc and MSc, Hebrew University",
    /// "Mr. Renfrew"; BA, MS and the like are left: they are also tickers and states), a piece of a reference ("EP/Z81042/1"),
    /// or a sum of money ("a $24M Series A").
    /// </summary>
    public static bool IsNeverAName(string text, Candidate candidate) =>
        DegreeOrHonorific().IsMatch(candidate.Text) || (candidate.Entry is null && NamesNothing().IsMatch(candidate.Text)) || IsAReferencePiece(text, candidate.Start, candidate.Text)
        || (candidate.Start > 0 && text[candidate.Start - 1] is '$' or '€' or '£' or '¥' && char.IsAsciiDigit(candidate.Text[0]))
        || (candidate.Start > 0 && text[candidate.Start - 1] == '(' && candidate.End < text.Length && text[candidate.End] == ')' && PostsAlone().IsMatch(candidate.Text));

    // "Jude Obi (Solutions Engineer)": a post in brackets is no firm.
    [GeneratedRegex("^" + Relations.RoleNouns.Chain + "$", RegexOptions.IgnoreCase)]
    private static partial Regex PostsAlone();

    // An earnings call's "Q3 Fiscal", "FY2026", "our most recent 10-K", "5:00 PM ET": periods, filings and times; and its
    // transcript's headings ("Company Participants", "Question-and-Answer Session"); an everyday word hyphened to an
    // acronym ("the applied-AI conference"); a kind of business ("一家电商SaaS公司").
    [GeneratedRegex(@"^(?:(?:Company|Corporate|Conference\s+Call)\s+Participants|Question-and-Answer\s+Session|Q[1-4](?:\s+Fiscal)?|FY\s?\d{2,4}|10-[KQ]|8-K|20-F|6-K|S-1|[AP]M(?:\s+(?:ET|PT|CT|MT|EST|EDT|PST|PDT|GMT|UTC|BST|CET))?|[a-z]{4,}-[A-Z]{2,5}s?|[SPI]aaS)$")]
    private static partial Regex NamesNothing();

    [GeneratedRegex(@"^(?:Ph\.?\s?D|B\.?Sc|M\.?Sc|M\.?B\.?A|B\.?Eng|M\.?Eng|M\.?Phil|D\.?Phil|LL\.M|Mr|Mrs|Ms|Messrs)\.?$")]
    private static partial Regex DegreeOrHonorific();

    // "Form 8-K", "Exhibit 99.1", "Item 5.02": a filing's parts are numbered, not named.
    [GeneratedRegex(@"^(?i:Form|Exhibit|Item|Schedule|Annex|Appendix|Section|Table|Figure)\s+\d[\w.-]*$|^(?i:Part|Article|Count)\s+[IVX]{1,4}$")]
    private static partial Regex DocumentPart();

    /// <summary>"(Nasdaq: VRDN)": a firm's ticker, wherever the text repeats it, is no name of its own.</summary>
    private static HashSet<string> Tickers(string text) =>
        TickerAfterItsExchange().Matches(text).Select(m => m.Groups["ticker"].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?:Nasdaq|NASDAQ|NYSE|NYSE American|LSE|TSX|ASX|HKEX|SGX|Euronext|OTCQX|Nasdaq GS)\s*:\s*(?<ticker>[A-Z][A-Z.]{0,5})\b")]
    private static partial Regex TickerAfterItsExchange();

    // "*Vellum Forge* (London) was started by Ishaan Kapadia": what was founded by someone, its town in brackets perhaps.
    [GeneratedRegex(@"^[*_]*\s*(?:\([^()\n]{2,30}\)\s*)?(?:was|is)\s+(?:co-?)?(?:founded|started)\s+(?:in\s+\d{4}\s+)?by\s+[A-Z]")]
    private static partial Regex FoundedByAfter();

    // "Founded by Oskar Pell, Glimmerwood trains weather models": what a sentence opening with its founders goes on about.
    [GeneratedRegex(@"(?:^|[.!?]\s+|\n[\s*_]*)(?:Co-?f|F)ounded\s+(?:in\s+\d{4}\s+)?by\s+[^,.;\n]{2,60},\s+$")]
    private static partial Regex FoundedByOpening();

    [GeneratedRegex(@"^\s*(?:,|and\s)")]
    private static partial Regex ListGoesOn();

    [GeneratedRegex(@"^\s+(?:also\s+)?" + Relations.PatternPieces.RoundVerb + @"\s+(?:the|their|its|a|an)\s+(?:[\w$.,-]+\s+){0,3}?(?:round|seed|Series\s+[A-F]|[A-F](?=\s*[.;,]))")]
    private static partial Regex LedARoundAfter();

    /// <summary>The type a Chinese kind noun gives: an organisation's (the group "org"), a benchmark's (a work: "MMMU等多项评测") or a product's.</summary>
    private static EntityType? KindNamed(Match kind) =>
        !kind.Success ? null : kind.Groups["org"].Success ? EntityType.Organization : kind.Groups["work"].Success ? EntityType.Work : EntityType.Product;

    [GeneratedRegex(@"(?:(?<org>公司|企业|集团|机构|团队|实验室|基金会|大学|研究院)|模型|芯片|应用|平台|产品|助手|机器人|浏览器|数据集|框架|系统|软件|工具|数据库|操作系统|编程语言)[ \t]*$")]
    private static partial Regex ChineseKindBefore();

    /// <summary>
    /// An untyped capitalised phrase ending in an event noun is an event: "Spark Developer Summit". So is one the
    /// recognizer took for an organisation ("Edge Summit"), unless the noun also ends organisations' names (World
    /// Economic Forum, Epic Games).
    /// </summary>
    private static EntityType? TypeFromEnglishHead(string surface, EntityType? type) => type switch
    {
        null when EventHead().IsMatch(surface) => EntityType.Event,
        EntityType.Organization when EventOnlyHead().IsMatch(surface) => EntityType.Event,
        // "Lux Capital led our seed": the tagger's place or person ending in a word only firms end in is a firm.
        EntityType.Location or EntityType.Person when FirmOnlyHead().IsMatch(surface) => EntityType.Organization,
        // "Caravel Grand Prize", "Azulejo Award for Open Tooling": a prize, whatever the tagger took it for.
        null or EntityType.Location or EntityType.Person when PrizeHead().IsMatch(surface) => EntityType.Event,
        // "Team Gaivota": a competition's team.
        null or EntityType.Location or EntityType.Person when TeamName().IsMatch(surface) => EntityType.Organization,
        // "Arizona Department of Environmental Quality", "the council's Transportation, Infrastructure and Planning Subcommittee".
        null when PublicBodyHead().IsMatch(surface) => EntityType.Organization,
        // "the Wharton School of the University of Pennsylvania": a school named with the university it belongs to.
        null when SchoolOfAUniversity().IsMatch(surface) => EntityType.Organization,
        // "the city's Responsible AI Use Policy": a policy, an ordinance or a directive a body adopts is a work, whatever the tagger took it for.
        null or EntityType.Organization when PolicyHead().IsMatch(surface) => EntityType.Work,
        _ => null,
    };

    [GeneratedRegex(@"\b(?:Department|Ministry|Agency|Bureau|Commission|Subcommittee|Committee)(?:\s+of\s+\p{Lu}.*)?$")]
    private static partial Regex PublicBodyHead();

    [GeneratedRegex(@"\b(?:School|College|Faculty|Institute)\s+of\s+the\s+University\s+of\s+\p{Lu}")]
    private static partial Regex SchoolOfAUniversity();

    [GeneratedRegex(@"^(?!.*\b(?:Institute|Center|Centre|Council|Forum|Lab|Group|Office|School)\b).*\s(?:Policy|Ordinance|Directive)$")]
    private static partial Regex PolicyHead();

    // The words a prize's name ends in, or stands on before what it is for ("Azulejo Award for Open Tooling").
    private const string PrizeWords = "Prize|Award|Medal|Trophy";

    [GeneratedRegex(@"\s(?:" + PrizeWords + @")(?:\s+(?:for|of)\s+\S.*)?$")]
    private static partial Regex PrizeHead();

    [GeneratedRegex(@"^Team\s+\p{Lu}")]
    private static partial Regex TeamName();

    /// <summary>Words only a trading firm's name ends in; each reader of a firm's name adds the ones its cue allows.</summary>
    internal const string TradingFirmWords = "Robotics|Labs|Analytics|Systems|Technologies|AI";

    [GeneratedRegex(@"\s(?:Capital|Ventures|Partners|Investments|Cloud|" + TradingFirmWords + ")$")]
    private static partial Regex FirmOnlyHead();

    [GeneratedRegex(@"\s(?:Summit|Conference|Forum|Expo|Festival|Symposium|Hackathon|Congress|Awards|Olympics|Games|Week)$")]
    private static partial Regex EventHead();

    [GeneratedRegex(@"\s(?:Summit|Expo|Symposium|Hackathon|" + PrizeWords + @")$|\s(?:" + PrizeWords + @")\s+(?:for|of)\s")]
    private static partial Regex EventOnlyHead();

    [GeneratedRegex(@"\G[ \t]*(?:(?<org>公司|集团|团队|实验室|基金会|大学|研究院)|(?<work>(?:等[\p{IsCJKUnifiedIdeographs}]{0,3}?)?(?:评测|基准测试|基准|榜单|测试集))|播客|应用|软件|平台|框架|工具|助手|浏览器|模型|系统|芯片|手机|App\b|APP\b|(?:AI)?" + DeviceNouns + ")")]
    private static partial Regex ChineseHead();

    private const string DeviceNouns = "(?:眼镜|耳机|手表|音箱|挂件|录音挂件|录音笔|戒指)";

    [GeneratedRegex("^" + DeviceNouns)]
    private static partial Regex DeviceNoun();

    [GeneratedRegex(@"^(?<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s\s+(?:\d{4}\s+)?(?:Series\s+[A-Z]\d?|Pre-Seed|Seed|Pre-IPO|Angel)\b")]
    private static partial Regex OwnersFundingRound();

    // An owner's possessive, then capitalised words that are a name of their own (not a bare legal suffix or head noun:
    // McDonald's Corporation is one name).
    [GeneratedRegex(@"^(?<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s\s+(?<owned>(?!(?:Corporation|Company|Group|Inc|Ltd|Foundation|Institute)$)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)$")]
    private static partial Regex OwnedName();

    // Surname endings no place or company name shares: Kraszewski, Krizhevsky, Abramovich, Shevchenko.
    [GeneratedRegex(@"^[A-Z][a-z]+(?:ski|sky|ska|wicz|vich|ovic|enko|czyk)$")]
    private static partial Regex SurnameEnding();

    // A trading firm's head before "of", never an institution's (Royal Bank of Canada, University of Washington).
    [GeneratedRegex(@"^(?<firm>\p{Lu}[\w&.'’-]*(?:\s+\p{Lu}[\w&.'’-]*){0,3}\s+(?:Software|Solutions|Networks|Dynamics|Logistics|" + TradingFirmWords + @"))\s+of\s+(?<place>\p{Lu}[\p{Ll}]+(?:\s+\p{Lu}[\p{Ll}]+)?)$")]
    private static partial Regex FirmOfAPlace();

    [GeneratedRegex(@"^(?<person>(?<first>\p{Lu}[\p{Ll}'’-]+)\s+(?<last>\p{Lu}[\p{L}'’-]+))\s+of\s+(?<firm>\p{Lu}[\w&.'’-]*(?:\s+\p{Lu}[\w&.'’-]*){0,3})$")]
    private static partial Regex PersonOfAFirm();

    [GeneratedRegex("^[A-Z]{1,5}s$")]
    private static partial Regex PluralAcronym();

    [GeneratedRegex(@"^(?:[\w-]+\s+){0,4}?(?:company|firm|start-?up|maker|developer|provider|lab)\s+(?<name>\p{Lu}[\w&.-]*(?:\s+\p{Lu}[\w&.-]*)*)$")]
    private static partial Regex KindBeforeAName();
}
