using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Latin;

/// <summary>
/// Finds named entities in the Latin-script parts of a (normalised) text, including Latin runs inside
/// Chinese text. Capitalised phrases are the candidates; each is typed by the strongest evidence:
/// context cues, then legal suffixes and acronyms with digits, then the statistical tagger, then name
/// lists and head words. Types found with confidence spread to other mentions of the same name in the text.
/// Thread-safe; does no I/O after construction.
/// </summary>
public sealed partial class LatinEntityRecognizer
{
    private const double UntypedConfidence = 0.3;
    private const double MinimumTaggerConfidence = 0.6;
    private const double JoiningTaggerConfidence = 0.5;
    private const double PropagationConfidence = 0.6;
    private const double SingleWordPropagationConfidence = 0.8;

    private static readonly Lazy<LatinEntityRecognizer> s_default = new(() => new LatinEntityRecognizer(LatinLexicon.Default, LatinTagger.Default));

    private readonly LatinLexicon _lexicon;
    private readonly LatinTagger? _tagger;

    /// <param name="tagger">Null runs the rules alone.</param>
    public LatinEntityRecognizer(LatinLexicon lexicon, LatinTagger? tagger)
    {
        _lexicon = lexicon;
        _tagger = tagger;
    }

    /// <summary>The recognizer with the embedded word lists and trained tagger.</summary>
    public static LatinEntityRecognizer Default => s_default.Value;

    public bool HasTagger => _tagger is not null;

    /// <param name="text">Text already normalised by the engine (half-width Latin, joined line-broken names).</param>
    /// <param name="sentences">Optional sentence boundaries (UTF-16, End exclusive); without them sentences are found here.</param>
    public IReadOnlyList<LatinEntitySpan> Recognize(string text, IReadOnlyList<(int Start, int End)>? sentences = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = LatinTokenizer.Tokenize(text, sentences);
        if (tokens.Length == 0)
        {
            return [];
        }

        var context = new RecognitionContext(text, tokens, _lexicon);
        RunTagger(context, cancellationToken);
        var spans = new List<LatinEntitySpan>();
        var covered = new bool[tokens.Length];
        foreach (var (start, end) in JoinChunksTheTaggerReadsAsOneName(context, CapitalisedPhraseChunker.Chunk(context)))
        {
            AddChunk(context, start, end, spans, covered);
        }

        AddTaggerOnlySpans(context, spans, covered);
        // Nationality adjectives alone are no name, whatever the tagger made of "the French defence ministry" or "Swiss
        // German", and a funding round is none either ("the company's $40 million Series A").
        spans.RemoveAll(span => text[span.Start..span.End].Split(' ').All(LatinLexicon.Nationalities.Contains) || FundingRound().IsMatch(text.AsSpan(span.Start, span.End - span.Start)));
        Propagate(text, spans, _lexicon);
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return RemoveOverlaps(spans);
    }

    private void RunTagger(RecognitionContext context, CancellationToken cancellationToken)
    {
        if (_tagger is null)
        {
            return;
        }

        var tokens = context.Tokens;
        var start = 0;
        while (start < tokens.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = start + 1;
            while (end < tokens.Length && tokens[end].Segment == tokens[start].Segment)
            {
                end++;
            }

            if (SegmentHasCapital(context, start, end))
            {
                var words = new ArraySegment<string>(context.Words, start, end - start);
                var margins = new double[end - start];
                var tags = _tagger.TagWords(words, tokens[start].SentenceInitial, margins);
                tags.CopyTo(context.Tags, start);
                foreach (var (s, e, typeIndex) in BioTags.Spans(tags))
                {
                    var span = new TaggedSpan(start + s, start + e, BioTags.Types[typeIndex], _tagger.Model.SpanConfidence(margins, s, e));
                    context.TaggerSpans.Add((start + s, start + e, span));
                    context.TagConfidences.AsSpan(start + s, e - s).Fill(span.Confidence);
                }
            }

            start = end;
        }
    }

    /// <summary>
    /// Where a confident tagger span holds several chunks, or a chunk and capitalised words the chunker left out
    /// ("Sons of the Pioneers", "Mercury Rev", "Seven Network"), the span replaces them: the chunker's rules see only
    /// the capitals, the tagger the whole sentence, and on open text it reads such names better. A chunk that crosses
    /// the span's edge keeps the rules' reading.
    /// </summary>
    private List<(int Start, int End)> JoinChunksTheTaggerReadsAsOneName(RecognitionContext context, List<(int Start, int End)> chunks)
    {
        if (context.TaggerSpans.Count == 0 || chunks.Count == 0)
        {
            return chunks;
        }

        var joined = new List<(int Start, int End)>(chunks.Count);
        var next = 0;
        foreach (var (spanStart, spanEnd, span) in context.TaggerSpans)
        {
            if (span.Confidence < JoiningTaggerConfidence)
            {
                continue;
            }

            // A leading "With" or "The" is the sentence's, not the name's, as far as the rules can tell ("With Agency, …").
            var (start, end) = TrimToNameWords(context, spanStart, spanEnd, dropLeadingFunctionalCapitals: true);
            (start, end) = TrimToNameWords(context, AfterLastLowerCaseNoun(context, start, end), end, dropLeadingFunctionalCapitals: true);
            if (HoldsRoleOrDate(context, start, end) || HoldsLowerCaseVerb(context, start, end) || EndsInAWholeNameAfterAnd(context, start, end)
                || HoldsAColonOrABracket(context, start, end)
                || IsPlaceThenItsRegion(context, start, end) || IsPersonOfAFirm(context, start, end) || IsPersonOfAPlace(context, start, end)
                || IsUnitAtAnInstitution(context, start, end) || OpensWithAPartOf(context, start, end)
                || IsOwnerOfANamedUnit(context, start, end))
            {
                continue; // "AI CEO Mustafa Suleyman", "Glint launched Prism": the chunker's cut at a title, month or verb stands
            }

            var first = next;
            while (first < chunks.Count && chunks[first].End <= start)
            {
                first++;
            }

            var last = first;
            while (last < chunks.Count && chunks[last].Start < end)
            {
                last++;
            }

            var inside = last > first && chunks[first].Start >= start && chunks[last - 1].End <= end;
            var adds = inside && (last - first > 1 || chunks[first].Start > start || chunks[first].End < end);
            if (!adds)
            {
                continue;
            }

            joined.AddRange(chunks.GetRange(next, first - next));
            joined.Add((start, end));
            next = last;
        }

        joined.AddRange(chunks.GetRange(next, chunks.Count - next));
        return joined;
    }

    /// <summary>
    /// "Ann Arbor, Michigan", "Austin, Texas": the tagger learned such pairs as one place from its training data, but a
    /// city and its state are two places — each listed, each a place a firm can be in.
    /// </summary>
    private static bool IsPlaceThenItsRegion(RecognitionContext context, int start, int end)
    {
        var comma = Array.IndexOf(context.Words, ",", start, end - start);
        return comma > start && comma < end - 1
            && context.IsListedPlace(start, comma) && context.IsListedPlace(comma + 1, end);
    }

    /// <summary>"Shares of Tessellate rose": a sentence's everyday opening word and "of" are no part of the name after them.</summary>
    private static bool OpensWithAPartOf(RecognitionContext context, int start, int end) =>
        end - start > 2 && context.Tokens[start].SentenceInitial && context.IsWord(start + 1, "of") && PartWords.Contains(context.Words[start]);

    private static readonly HashSet<string> PartWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "shares", "stock", "units", "most", "some", "many", "all", "part", "members", "employees", "investors", "customers", "users", "critics", "fans",
    };

    /// <summary>
    /// "The UK's AI Security Institute", "Amazon's Industrial Innovation Fund", "China's Ministry of Commerce": an owner, its
    /// "'s", then a name of two words or more of its own; the two are two names.
    /// </summary>
    private static bool IsOwnerOfANamedUnit(RecognitionContext context, int start, int end)
    {
        for (var i = start + 1; i + 2 < end; i++)
        {
            if (context.Tokens[i].Kind == LatinTokenKind.Possessive && context.IsNameLike(i + 1)
                && (context.IsNameLike(i + 2) || (context.IsWord(i + 2, "of") && context.Lexicon.OfHeads.Contains(context.Words[i + 1]))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Nora Quist of Quist &amp; Hale": a person's first and last name, then "of" and the firm they are with.</summary>
    private static bool IsPersonOfAFirm(RecognitionContext context, int start, int end)
    {
        var of = Array.IndexOf(context.Words, "of", start, end - start);
        var firm = of - start is 2 or 3 && (Array.IndexOf(context.Words, "&", of, end - of) > 0
            || context.Lexicon.OrgHeads.Contains(context.Words[end - 1]) || context.Lexicon.OrgLegalSuffixes.Contains(context.Words[end - 1]));
        return firm && context.Lexicon.FirstNames.Contains(context.Words[start]) && !context.Lexicon.OfHeads.Contains(context.Words[of - 1]);
    }

    /// <summary>"Senator Mark Kelly of Arizona": a person's first and last name, then "of" and the place they come from or stand for.</summary>
    private static bool IsPersonOfAPlace(RecognitionContext context, int start, int end)
    {
        var of = Array.IndexOf(context.Words, "of", start, end - start);
        return of - start is 2 or 3 && of < end - 1 && context.Lexicon.FirstNames.Contains(context.Words[start]) && context.IsListedPlace(of + 1, end);
    }

    /// <summary>"the Wadhwani AI Center at the Center for Strategic and International Studies": a unit, "at the", and where it is.</summary>
    private static bool IsUnitAtAnInstitution(RecognitionContext context, int start, int end)
    {
        var at = end - start >= 4 ? Array.IndexOf(context.Words, "at", start + 1, end - start - 1) : -1;
        return at > start && at + 2 < end && context.IsWord(at + 1, "the") && context.Lexicon.OrgHeads.Contains(context.Words[at - 1]);
    }

    private bool HoldsRoleOrDate(RecognitionContext context, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (IsRoleOrDate(context.Words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A lower-case verb, or "with", between two names separates them ("Glint launched Prism", "Quarry Labs unveiled Beacon",
    /// "AI with Agency"), where
    /// "of", "the" or "de" join the words of one name. No part-of-speech tagger is at hand: a verb is told by its
    /// past tense (-ed, or one of the irregular forms news uses most); lower-case nouns, plurals among them, stay
    /// joinable, for names such as "India national cricket team".
    /// </summary>
    private bool HoldsLowerCaseVerb(RecognitionContext context, int start, int end) => FirstLowerCaseVerb(context, start, end) >= 0;

    /// <summary>Where the first lower-case verb (see <see cref="HoldsLowerCaseVerb"/>) stands, or -1.</summary>
    private int FirstLowerCaseVerb(RecognitionContext context, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var word = context.Words[i];
            if (word == "with" || (word.Length > 2 && char.IsLower(word[0]) && !_lexicon.Stopwords.Contains(word)
                && (word.EndsWith("ed", StringComparison.Ordinal) || IrregularPastVerbs.Contains(word) || HeadlineVerbs.Contains(word)))
                || (i > start && CapitalisedPhraseChunker.CapitalisedHeadlineVerbs.Contains(word)))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^(?:Series [A-H]\d?|Pre-(?:Seed|A))$")]
    private static partial Regex FundingRound();

    // What firms do in a headline's present tense ("Halcyon Lab releases Wren", "Kestrel Silicon lands Samsung deal"),
    // and what several do ("Novelists sue Quillmark", "Investors back Corvane").
    private static readonly HashSet<string> HeadlineVerbs =
    [
        "releases", "launches", "unveils", "raises", "acquires", "buys", "hires", "names", "signs", "lands", "wins", "opens", "joins", "beats", "tops", "sues",
        "release", "launch", "unveil", "raise", "acquire", "buy", "hire", "sign", "win", "join", "beat", "sue", "back", "warn", "warns", "urge", "urges",
        "makes", "sells", "builds", "ships", "develops", // "Mirrorgate Labs makes Mirrorgate Forge"
        "heads", "leads", "runs", "chairs", "directs", "oversees", "manages", // "Verhoeven heads the Property Prediction Lab"
    ];

    /// <summary>
    /// "Title: The Build Log": a field's label and a colon are no part of the name after them; nor is a bracket the span
    /// does not close ("Vellum Forge (London", where "Queen (band)" keeps its own).
    /// </summary>
    private static bool HoldsAColonOrABracket(RecognitionContext context, int start, int end)
    {
        var open = 0;
        for (var i = start; i < end; i++)
        {
            switch (context.Words[i])
            {
                case ":":
                    return true;
                case "(":
                    open++;
                    break;
                case ")" when open == 0:
                    return true;
                case ")":
                    open--;
                    break;
            }
        }
        return open > 0;
    }

    /// <summary>
    /// "Figure and Agility Robotics": after the "and" stands a whole organisation's name (two words or more ending in an
    /// organisation's head noun), so the words before it are another name, not the first half of one ("Procter and Gamble").
    /// </summary>
    private static bool EndsInAWholeNameAfterAnd(RecognitionContext context, int start, int end)
    {
        for (var i = end - 2; i > start; i--)
        {
            if (context.Words[i] is "and" or "&")
            {
                return EndsInOrganizationHead(context, i + 1, end);
            }
            // "Northlight Media in Brooklyn": a whole organisation's name, then where it is.
            if (context.Words[i] == "in" && EndsInOrganizationHead(context, start, i))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> IrregularPastVerbs =
        ["said", "told", "sold", "bought", "won", "led", "made", "took", "met", "beat", "built", "became", "began", "left", "sent", "brought", "held", "gave"];

    /// <summary>The words from <paramref name="start"/> to <paramref name="end"/> without lower-case words at either end.</summary>
    private (int Start, int End) TrimToNameWords(RecognitionContext context, int start, int end, bool dropLeadingFunctionalCapitals)
    {
        while (start < end && (!context.IsNameLike(start) || (dropLeadingFunctionalCapitals && IsFunctionalCapital(context.Words[start]))))
        {
            start++;
        }

        while (end > start && !context.IsNameLike(end - 1))
        {
            end--;
        }

        return (start, end);
    }

    private static bool SegmentHasCapital(RecognitionContext context, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (context.IsNameLike(i))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddChunk(RecognitionContext context, int start, int end, List<LatinEntitySpan> spans, bool[] covered)
    {
        // "London-based", "San Diego-based": only the place name is the entity.
        var placeEnd = ContextCues.PlacePrefixEnd(context, end - 1);
        if (placeEnd > 0)
        {
            spans.Add(new LatinEntitySpan(context.Tokens[start].Start, placeEnd, EntityType.Location, 0.8, LatinSources.Cue));
            Array.Fill(covered, true, start, end - start);
            return;
        }

        var cue = ContextCues.Find(context, start, end);
        var strong = cue is { Tier: Typing.CueTier } ? cue : LexicalTyping.LegalSuffix(context, start, end) ?? LexicalTyping.Acronym(context, start, end);
        if ((strong is null || strong.Value.Tier < Typing.AcronymTier) && !EndsInOrganizationHead(context, start, end))
        {
            // No decisive evidence: let the tagger cut the phrase where it sees several names ("Anthropic Claude").
            var inside = TaggerSpansWithin(context, start, end);
            // "Kestrel Coder 2": the tagger's name with the version after it is one product's name, not a name and a number,
            // unless it opens with a first name ("Pete Sampras 6", a score).
            var nameBeforeItsVersion = inside.Count == 1 && inside[0].Start == start && inside[0].End == end - 1 && context.Tokens[end - 1].Kind == LatinTokenKind.Number
                && !context.Lexicon.FirstNames.Contains(context.Words[start]);
            if (inside.Count > 0 && !nameBeforeItsVersion && !(inside.Count == 1 && inside[0].Start == start && inside[0].End == end))
            {
                var position = start;
                foreach (var tagged in inside)
                {
                    AddPiece(context, position, tagged.Start, spans, covered);
                    AddTyped(context, tagged.Start, tagged.End, spans, covered, null);
                    position = tagged.End;
                }

                AddPiece(context, position, end, spans, covered);
                return;
            }
        }

        AddTyped(context, start, end, spans, covered, cue);
    }

    /// <summary>"Osprey Data", "Ravel Systems": a head noun that ends organisations' names holds the phrase together.</summary>
    private static bool EndsInOrganizationHead(RecognitionContext context, int start, int end) =>
        end - start >= 2 && context.Lexicon.OrgHeads.Contains(context.Words[end - 1]);

    private static void AddPiece(RecognitionContext context, int start, int end, List<LatinEntitySpan> spans, bool[] covered)
    {
        while (start < end && !context.IsNameLike(start))
        {
            start++;
        }

        while (end > start && !context.IsNameLike(end - 1) && context.Tokens[end - 1].Kind != LatinTokenKind.Number)
        {
            end--;
        }

        if (end > start)
        {
            AddTyped(context, start, end, spans, covered, ContextCues.Find(context, start, end));
        }
    }

    private static void AddTyped(RecognitionContext context, int start, int end, List<LatinEntitySpan> spans, bool[] covered, Typing? cue)
    {
        cue ??= ContextCues.Find(context, start, end);
        var tagger = TaggerTyping(context, start, end);
        var lists = LexicalTyping.FromLists(context, start, end);
        var best = Choose(cue, LexicalTyping.LegalSuffix(context, start, end), LexicalTyping.Acronym(context, start, end), tagger, lists);
        // "Tokio Marine": a name ending in an organisation's head noun is no person's unless it opens with a first name.
        if (best is { Type: EntityType.Person, Source: LatinSources.Tagger } && lists is { Type: EntityType.Organization } && EndsInOrganizationHead(context, start, end)
            && !context.Lexicon.FirstNames.Contains(context.Words[start]))
        {
            best = lists;
        }
        if (best is { Tier: Typing.WeakCueTier, Source: LatinSources.Tagger })
        {
            best = null; // an unsure tagger alone does not type a name
        }

        if (best is null && IsNoise(context, start, end))
        {
            return;
        }

        var spanStart = context.Tokens[start].Start;
        var spanEnd = IncludeAbbreviationPeriod(context, end);
        for (var i = start; i < end; i++)
        {
            covered[i] = true;
        }

        if (best is { } typing)
        {
            var confidence = typing.Confidence;
            if (tagger is { } t && t.Type == typing.Type && t.Source != typing.Source)
            {
                confidence = 1 - (1 - confidence) * (1 - t.Confidence) * 2; // agreement of independent evidence
            }

            spans.Add(new LatinEntitySpan(spanStart, spanEnd, typing.Type, Math.Clamp(confidence, 0.05, 0.99), typing.Source));
        }
        else
        {
            spans.Add(new LatinEntitySpan(spanStart, spanEnd, null, UntypedConfidence, LatinSources.Chunk));
        }
    }

    /// <summary>Cue &gt; legal suffix / acronym &gt; tagger &gt; lists; weaker evidence only decides when the stronger is unsure.</summary>
    private static Typing? Choose(params Typing?[] candidates)
    {
        Typing? best = null;
        foreach (var candidate in candidates)
        {
            if (candidate is not { } c)
            {
                continue;
            }

            var tier = c.Source == LatinSources.Tagger && c.Confidence < MinimumTaggerConfidence ? Typing.WeakCueTier : c.Tier;
            if (best is not { } b || tier > b.Tier || (tier == b.Tier && c.Confidence > b.Confidence))
            {
                best = c with { Tier = tier };
            }
        }

        return best;
    }

    private static Typing? TaggerTyping(RecognitionContext context, int start, int end)
    {
        foreach (var (s, e, span) in context.TaggerSpansOverlapping(start, end))
        {
            if (s <= start && e >= end)
            {
                // The tagger's span covers the candidate: same entity if it adds only lower-case words or punctuation.
                var confidence = s == start && e == end ? span.Confidence : span.Confidence * 0.9;
                return new Typing(span.Type, confidence, LatinSources.Tagger, Typing.TaggerTier);
            }

            if (s >= start && e <= end && e - s == end - start)
            {
                return new Typing(span.Type, span.Confidence, LatinSources.Tagger, Typing.TaggerTier);
            }
        }

        return null;
    }

    private static List<(int Start, int End)> TaggerSpansWithin(RecognitionContext context, int start, int end)
    {
        var inside = new List<(int, int)>();
        foreach (var (s, e, _) in context.TaggerSpansOverlapping(start, end))
        {
            if (s >= start && e <= end)
            {
                inside.Add((s, e));
            }
            else if (s < end && e > start)
            {
                return []; // crosses the candidate's edge: the tagger does not agree on a cut
            }
        }

        return inside;
    }

    /// <summary>Untyped candidates that are single letters, or words whose capital is only a sentence start.</summary>
    private static bool IsNoise(RecognitionContext context, int start, int end)
    {
        if (end - start > 1)
        {
            return false;
        }

        var word = context.Words[start];
        return word.Length < 2 || (context.Lexicon.IsCommon(word) && context.Tokens[start].SentenceInitial);
    }

    /// <summary>
    /// "Apple Inc." and "U.S." keep their final period; an initialism in capitals ("Cooley LLP.", "Acme LLC.") takes none,
    /// so its period ends the sentence.
    /// </summary>
    private static int IncludeAbbreviationPeriod(RecognitionContext context, int end)
    {
        var last = context.Tokens[end - 1];
        if (end < context.Tokens.Length && context.Words[end] == "." && context.Tokens[end].Start == last.End
            && context.Lexicon.OrgLegalSuffixes.Contains(context.Words[end - 1]) && context.Words[end - 1].Length <= 4
            && context.Words[end - 1].Any(char.IsLower))
        {
            return last.End + 1;
        }

        return last.End;
    }

    /// <summary>The tagger's entities that no capitalised phrase produced (e.g. a sentence-initial "Apple").</summary>
    private void AddTaggerOnlySpans(RecognitionContext context, List<LatinEntitySpan> spans, bool[] covered)
    {
        foreach (var (start, end, span) in context.TaggerSpans)
        {
            if (span.Confidence < MinimumTaggerConfidence)
            {
                continue;
            }

            var free = true;
            var hasName = false;
            for (var i = start; i < end && free; i++)
            {
                free = !covered[i];
                hasName |= context.IsNameLike(i) && !IsFunctionalCapital(context.Words[i]);
            }

            // Trim to the capitalised words: the recognizer never emits lower-case words on their own.
            var (s, e) = TrimToNameWords(context, start, end, dropLeadingFunctionalCapitals: false);
            (s, e) = TrimToNameWords(context, AfterLastLowerCaseNoun(context, s, e), e, dropLeadingFunctionalCapitals: false);
            // A verb ends the name: "Halcyon Lab releases Wren" is Halcyon Lab.
            if (FirstLowerCaseVerb(context, s, e) is var verb and > 0)
            {
                (s, e) = TrimToNameWords(context, s, verb, dropLeadingFunctionalCapitals: false);
            }

            var sentenceInitialCommonWord = e - s == 1 && context.Tokens[s].SentenceInitial && _lexicon.IsCommon(context.Words[s]);
            if (free && hasName && e > s && !sentenceInitialCommonWord)
            {
                spans.Add(new LatinEntitySpan(context.Tokens[s].Start, context.Tokens[e - 1].End, span.Type, span.Confidence * 0.9, LatinSources.Tagger));
            }
        }
    }

    // Lower-case words inside names of people and places: Ursula von der Leyen, Rio de Janeiro, Ibn Battuta.
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "da", "di", "do", "du", "del", "della", "der", "den", "des", "la", "le", "van", "von", "y", "al", "bin", "ibn", "dos", "das",
    };

    /// <summary>
    /// Where a name starts inside a tagger span that opens with everyday words, the last of them lower-case and no
    /// connector ("Existing investors Index Ventures" → Index Ventures; "Bank of America" stays whole): at the capitalised
    /// word after them. Text written all in lower case keeps the tagger's span; a verb between two names ("Corvane lands
    /// Hitachi") is left to the tagger too, as cutting there costs more names on the held-out data than it mends.
    /// </summary>
    private int AfterLastLowerCaseNoun(RecognitionContext context, int start, int end)
    {
        for (var i = end - 2; i > start; i--)
        {
            var word = context.Words[i];
            if (word.Length > 1 && char.IsLower(word[0]) && !_lexicon.Stopwords.Contains(word) && !NameParticles.Contains(word))
            {
                var opensWithEverydayWords = true;
                for (var k = start; k <= i && opensWithEverydayWords; k++)
                {
                    opensWithEverydayWords = IsEverydayWord(context.Words[k]);
                }

                return opensWithEverydayWords && context.IsNameLike(i + 1) && char.IsUpper(context.Words[i + 1][0]) ? i + 1 : start;
            }
        }

        return start;
    }

    // "AI note-taker Murmur": "AI" and a compound of everyday words describe the name after them.
    private bool IsEverydayWord(string word) =>
        _lexicon.IsCommon(word) || word is "AI" or "-" || (word.Contains('-') && word.Split('-').All(part => part.Length > 0 && _lexicon.IsCommon(part)));

    private bool IsFunctionalCapital(string word) => _lexicon.Stopwords.Contains(word) || IsRoleOrDate(word);

    private bool IsRoleOrDate(string word) =>
        _lexicon.RoleWords.Contains(word) || _lexicon.PersonTitles.Contains(word) || _lexicon.CalendarWords.Contains(word);

    /// <summary>
    /// Gives every mention of a name the type it was given with confidence elsewhere in the text; a person's
    /// surname or first name alone ("Suleyman") takes the person's type.
    /// </summary>
    /// <summary>
    /// What an organisation's name is shortened to: its words before the head noun ("Lumen" for Lumen Robotics, "Quarry"
    /// for Quarry Labs), when they are a name themselves (capitalised, not a stopword).
    /// </summary>
    private static string? ShortName(string text, LatinEntitySpan span, LatinLexicon lexicon)
    {
        var name = text.AsSpan(span.Start, span.End - span.Start);
        var lastSpace = name.LastIndexOf(' ');
        if (lastSpace <= 0 || !lexicon.OrgHeads.Contains(name[(lastSpace + 1)..].ToString()))
        {
            return null;
        }
        var shortName = name[..lastSpace].TrimEnd().ToString();
        return char.IsUpper(shortName[0]) && !lexicon.Stopwords.Contains(shortName) && !lexicon.OrgHeads.Contains(shortName) ? shortName : null;
    }

    private static void Propagate(string text, List<LatinEntitySpan> spans, LatinLexicon lexicon)
    {
        var known = new Dictionary<string, (EntityType Type, double Confidence)>(StringComparer.Ordinal);
        foreach (var span in spans)
        {
            // One word is more ambiguous than a full name: it needs stronger evidence to spread.
            var singleWord = text.AsSpan(span.Start, span.End - span.Start).IndexOf(' ') < 0;
            if (span.Type is not { } type || span.Confidence < (singleWord ? SingleWordPropagationConfidence : PropagationConfidence))
            {
                continue;
            }

            Remember(known, text[span.Start..span.End], type, span.Confidence);
            if (type == EntityType.Organization && ShortName(text, span, lexicon) is { } shortName)
            {
                Remember(known, shortName, type, span.Confidence * 0.85);
            }
            else if (type == EntityType.Person)
            {
                var name = text.AsSpan(span.Start, span.End - span.Start);
                var firstSpace = name.IndexOf(' ');
                var lastSpace = name.LastIndexOf(' ');
                if (firstSpace > 1)
                {
                    Remember(known, name[(lastSpace + 1)..].ToString(), type, span.Confidence * 0.85);
                    Remember(known, name[..firstSpace].ToString(), type, span.Confidence * 0.7);
                    // "Pieter de Vries" goes by "De Vries" at the start of a sentence, by "de Vries" within one: a surname
                    // with its particle is a person's as surely as the whole name.
                    if (SurnameWithParticle(name[(firstSpace + 1)..]) is { } surname)
                    {
                        Remember(known, surname, type, span.Confidence);
                        Remember(known, char.ToUpperInvariant(surname[0]) + surname[1..], type, span.Confidence);
                    }
                }
            }
        }

        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            if (!known.TryGetValue(text[span.Start..span.End], out var entry))
            {
                continue;
            }

            var untyped = span.Type is null;
            var outweighed = span.Type != entry.Type && entry.Confidence > span.Confidence + 0.05;
            if (untyped || outweighed)
            {
                spans[k] = span with { Type = entry.Type, Confidence = Math.Min(0.8, entry.Confidence * 0.9), Source = LatinSources.Propagated };
            }
        }
    }

    /// <summary>The surname from its particle on ("de Vries", "Van der Berg") that ends <paramref name="name"/>, when it has one.</summary>
    internal static string? SurnameWithParticle(ReadOnlySpan<char> name) =>
        SurnameParticle().Match(name.ToString()) is { Success: true } match ? match.Groups["surname"].Value : null;

    [GeneratedRegex(@"(?:^|\s)(?<surname>(?i:de|van|von|der|den|da|di|du|del|della|ter|ten)\s+(?:(?i:de|der|den|la|le)\s+)?\p{Lu}[\w'’-]+)$")]
    private static partial Regex SurnameParticle();

    private static void Remember(Dictionary<string, (EntityType Type, double Confidence)> known, string name, EntityType type, double confidence)
    {
        if (!known.TryGetValue(name, out var existing) || existing.Confidence < confidence)
        {
            known[name] = (type, confidence);
        }
    }

    private static List<LatinEntitySpan> RemoveOverlaps(List<LatinEntitySpan> sorted)
    {
        var result = new List<LatinEntitySpan>(sorted.Count);
        foreach (var span in sorted)
        {
            if (result.Count > 0 && span.Start < result[^1].End)
            {
                if (span.Confidence > result[^1].Confidence)
                {
                    result[^1] = span;
                }

                continue;
            }

            result.Add(span);
        }

        return result;
    }
}
