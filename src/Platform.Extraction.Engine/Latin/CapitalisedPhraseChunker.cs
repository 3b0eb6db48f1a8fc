namespace Platform.Extraction.Engine.Latin;

/// <summary>
/// Groups capitalised words into name candidates ("Mustafa Suleyman", "University of Oxford", "Procter &amp; Gamble",
/// "Llama 3"), then cuts out the words whose capital says nothing: sentence-initial common words ("The", "But"),
/// honorifics and job titles ("Dr", "CEO" — kept as context for the cues), day and month names, and, in
/// title-case lines, common words.
/// </summary>
internal static class CapitalisedPhraseChunker
{
    private static readonly HashSet<string> s_particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "dos", "das",
    };

    // "a Phase 2 investigation", "Section 230": an everyday noun numbered is no name.
    private static readonly HashSet<string> s_numberedNouns = new(StringComparer.Ordinal)
    {
        "Phase", "Stage", "Tier", "Level", "Round", "Season", "Episode", "Chapter", "Section", "Article", "Part", "Volume", "Figure",
        "Table", "Step", "Week", "Day", "Class", "Grade", "Category", "Schedule", "Annex", "Appendix", "Clause", "Rule", "Title",
        "Gate", "Terminal", "Room", "Floor", "Route", "Lot", "Unit", "Zone", "Wave", "Track", "Item", "Page", "Question", "Q",
    };

    private const double StrongTagConfidence = 0.7;

    // A tagged name that runs on into a capitalised everyday word ("Marrow Health") is read as one name with less
    // confidence than a single word: mid-sentence, the second capital is evidence of its own.
    private const double TaggedPhraseConfidence = 0.6;

    public static List<(int Start, int End)> Chunk(RecognitionContext context)
    {
        var chunks = new List<(int, int)>();
        var tokens = context.Tokens;
        var titleCaseSegment = -1;
        var titleCase = false;
        var i = 0;
        while (i < tokens.Length)
        {
            if (!context.IsNameLike(i))
            {
                i++;
                continue;
            }

            if (tokens[i].Segment != titleCaseSegment)
            {
                titleCaseSegment = tokens[i].Segment;
                titleCase = IsTitleCase(context, i);
            }

            // "Berlin-based Magazino": the place before the hyphen is not part of the name after it.
            var end = ContextCues.HasPlaceSuffix(context.Words[i]) ? i + 1 : Extend(context, i);
            Refine(context, i, end, titleCase, chunks);
            i = end;
        }

        return chunks;
    }

    private static int Extend(RecognitionContext context, int start)
    {
        var end = start + 1;
        var connectedByOf = false;
        while (end < context.Tokens.Length)
        {
            // "San Diego-based Wrenfold": a place of two words ends at its "-based".
            if (ContextCues.HasPlaceSuffix(context.Words[end - 1]))
            {
                break;
            }

            if (context.IsNameLike(end) && context.Adjacent(end - 1, end))
            {
                end++;
                continue;
            }

            if (end + 1 < context.Tokens.Length && context.Adjacent(end - 1, end) && context.Adjacent(end, end + 1))
            {
                var word = context.Words[end];
                var previous = context.Words[end - 1];
                var joins = word == "&"
                    || (s_particles.Contains(word) && context.IsNameLike(end + 1))
                    || ((word is "of" or "for") && context.Lexicon.OfHeads.Contains(previous))
                    || (word is "and" && (connectedByOf || PublicBodyHeadWithin(context, end + 1, 3)));
                if (joins)
                {
                    var next = end + 1;
                    if (word != "and" && context.IsWord(next, "the") && next + 1 < context.Tokens.Length && context.Adjacent(next, next + 1))
                    {
                        next++;
                    }

                    if (context.IsNameLike(next) && !context.Lexicon.Stopwords.Contains(context.Words[next]))
                    {
                        connectedByOf |= word is "of" or "for";
                        end = next + 1;
                        continue;
                    }
                }
            }

            if (context.Tokens[end].Kind == LatinTokenKind.Number && context.Adjacent(end - 1, end) && IsVersionNumber(context.Words[end])
                && !IsAQuantity(context, end) && !(end - start == 1 && s_numberedNouns.Contains(context.Words[start])))
            {
                end++;
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>
    /// "Competition and Markets Authority", "Securities and Exchange Commission": a public body's name holds "and" before
    /// the capitalised words that end in its head, where two firms listed with "and" end in a firm's (Figure and Agility Robotics).
    /// </summary>
    private static bool PublicBodyHeadWithin(RecognitionContext context, int from, int count)
    {
        for (var i = from; i < Math.Min(context.Tokens.Length, from + count); i++)
        {
            if (!context.IsNameLike(i))
            {
                return false;
            }
            if (context.Words[i] is "Authority" or "Commission" or "Agency" or "Administration" or "Council" or "Board" or "Bureau" or "Ministry" or "Department")
            {
                return true;
            }
        }
        return false;
    }

    // "Stratavault 30 percent": a number with its unit after it is a quantity, not a version.
    private static bool IsAQuantity(RecognitionContext context, int number) =>
        number + 1 < context.Tokens.Length && context.Words[number + 1] is "percent" or "per" or "%" or "pc" or "million" or "billion" or "bn" or "m";

    private static bool IsVersionNumber(string word) =>
        word.Length <= 4 && !(word.Length == 4 && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal)));

    /// <summary>Splits [start, end) at words that cannot be part of a name and adds the pieces.</summary>
    private static void Refine(RecognitionContext context, int start, int end, bool titleCase, List<(int, int)> chunks)
    {
        var pieceStart = -1;
        for (var i = start; i < end; i++)
        {
            if (IsCut(context, i, start, end, titleCase))
            {
                AddPiece(context, pieceStart, i, chunks);
                pieceStart = -1;
            }
            else if (pieceStart < 0)
            {
                pieceStart = i;
            }
        }

        AddPiece(context, pieceStart, end, chunks);
    }

    private static bool IsCut(RecognitionContext context, int i, int start, int end, bool titleCase)
    {
        if (!context.IsNameLike(i))
        {
            return false; // connectors and version numbers stay; AddPiece trims them at the edges
        }

        var word = context.Words[i].AsSpan();
        var lexicon = context.Lexicon;
        if (StartsAListedPlace(context, i, end))
        {
            return false; // "New" of "The New York company"
        }

        if (!context.Tokens[i].SentenceInitial && i + 1 < end && context.Words[i + 1] == "AI" && char.IsUpper(context.Words[i][0]))
        {
            return false; // "Mostly AI", "Stability AI": a capitalised word before "AI" inside a sentence names a firm
        }

        if (lexicon.RoleWords.Contains(word) || lexicon.PersonTitles.Contains(word) || lexicon.CalendarWords.Contains(word))
        {
            return true;
        }

        // "chief executive Will Marshall": inside a sentence a capitalised modal before a name is a first name.
        var firstNameInsideASentence = !context.Tokens[i].SentenceInitial && !titleCase && lexicon.FirstNames.Contains(word) && char.IsUpper(word[0])
            && i + 1 < end && context.IsNameLike(i + 1) && !lexicon.Stopwords.Contains(context.Words[i + 1]);
        if (lexicon.Stopwords.Contains(word) && !LatinScript.IsAllCapitals(word) && !IsModelNumber(context, i, start) && !OpensANewName(context, i, start, end, titleCase)
            && !firstNameInsideASentence)
        {
            return true;
        }

        // "I'm", "We're", "Don't": a contraction of a common word.
        var apostrophe = word.IndexOfAny('\'', '\u2019');
        if (apostrophe > 0 && lexicon.IsCommon(word[..apostrophe]))
        {
            return true;
        }

        var taggedAsName = context.Tags[i] != BioTags.Outside
            && (context.TagConfidences[i] >= StrongTagConfidence || (context.TagConfidences[i] >= TaggedPhraseConfidence && TaggedOnward(context, i, end)));
        // A place in capitals opening a sentence is a dateline's (NASHVILLE, Tenn. — …), though subtitles made it an everyday word.
        var datelinePlace = LatinScript.IsAllCapitals(word) && context.IsListedPlace(i, i + 1);
        if (context.Tokens[i].SentenceInitial && i == start && lexicon.IsCommon(word) && !taggedAsName && !datelinePlace)
        {
            // "Will Smith" at a sentence start stays; "Will they" does not reach here (not a name-like pair). So does
            // "Sable Dynamics": a phrase that ends in an organisation's head noun is a name from its first word; so is
            // a numbered one ("Grip One ships with …").
            var firstNameOfPair = lexicon.FirstNames.Contains(word) && i + 1 < end && context.IsNameLike(i + 1);
            var organizationHeaded = end - start >= 2 && (lexicon.OrgHeads.Contains(context.Words[end - 1]) || lexicon.OrgLegalSuffixes.Contains(context.Words[end - 1]));
            var numbered = i + 1 < end && IsModelNumber(context, i + 1, i);
            return !firstNameOfPair && !organizationHeaded && !numbered && !(end - start == 1 && DescribedAsAFirm(context, i));
        }

        return (titleCase && lexicon.IsCommon(word) && !taggedAsName && !LatinScript.IsAllCapitals(word)) || (i > start && CapitalisedHeadlineVerbs.Contains(context.Words[i]));
    }

    // A headline capitalises its verb ("Quarrytide Unveils Flint-3 at Tidemark Summit"), and the tagger may read it into
    // the firm's name before it; only verbs no name holds after its first word.
    internal static readonly HashSet<string> CapitalisedHeadlineVerbs =
    [
        "Launches", "Unveils", "Releases", "Raises", "Acquires", "Announces", "Introduces", "Debuts", "Hires", "Appoints", "Secures",
    ];

    /// <summary>
    /// "Murmur, the meeting-transcription startup …", "Murmur's chief information security officer", "Murmur, based in
    /// Toronto": an everyday word opening a sentence is a firm's name when what follows says so.
    /// </summary>
    private static bool DescribedAsAFirm(RecognitionContext context, int i)
    {
        var next = i + 1;
        if (next >= context.Words.Length)
        {
            return false;
        }
        if (context.Tokens[next].Kind == LatinTokenKind.Possessive)
        {
            return next + 1 < context.Words.Length && FirmTitleWords.Contains(context.Words[next + 1]);
        }
        if (context.Words[next] != "," || next + 1 >= context.Words.Length)
        {
            return false;
        }
        if (context.IsWord(next + 1, "based") || context.IsWord(next + 1, "headquartered"))
        {
            return true;
        }
        if (!(context.IsWord(next + 1, "the") || context.IsWord(next + 1, "a") || context.IsWord(next + 1, "an")))
        {
            return false;
        }
        for (var k = next + 2; k < Math.Min(context.Words.Length, next + 6); k++)
        {
            if (FirmKindWords.Contains(context.Words[k]))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> FirmTitleWords = new(StringComparer.OrdinalIgnoreCase) { "chief", "CEO", "founder", "co-founder", "president", "CTO" };

    private static readonly HashSet<string> FirmKindWords = new(StringComparer.OrdinalIgnoreCase) { "startup", "start-up", "company", "firm", "maker", "lab", "provider", "developer" };

    private static bool StartsAListedPlace(RecognitionContext context, int i, int end)
    {
        for (var last = i + 2; last <= Math.Min(end, i + 3); last++)
        {
            if (context.IsNameLike(last - 1) && context.IsListedPlace(i, last))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the New England College of Optometry", "New Relic", "welcome back to The Build Log": the stopword list holds "new"
    /// and "the", which mid-sentence and capitalised open a name. After a dateline's dash a sentence starts ("LONDON — The
    /// UK's AI Security Institute").
    /// </summary>
    private static bool OpensANewName(RecognitionContext context, int i, int start, int end, bool titleCase) =>
        i == start && i + 1 < end && !titleCase && !context.Tokens[i].SentenceInitial && context.Words[i] is "New" or "The"
        && !(i > 0 && context.Words[i - 1] is "—" or "–");

    /// <summary>A number word that numbers the name before it: "Xbox One", "Grip One", "Pixel Two".</summary>
    private static bool IsModelNumber(RecognitionContext context, int i, int start) =>
        i > start && context.Words[i] is "One" or "Two" or "Three" or "Four" or "Five" && !context.Lexicon.Stopwords.Contains(context.Words[i - 1]);

    private static bool TaggedOnward(RecognitionContext context, int i, int end) =>
        i + 1 < end && BioTags.IsInside(context.Tags[i + 1]) && context.Lexicon.IsCommon(context.Words[i + 1]) && char.IsUpper(context.Words[i + 1][0]);

    private static void AddPiece(RecognitionContext context, int start, int end, List<(int, int)> chunks)
    {
        if (start < 0)
        {
            return;
        }

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
            chunks.Add((start, end));
        }
    }

    /// <summary>A headline-style run: most of its words are capitalised, function words included.</summary>
    private static bool IsTitleCase(RecognitionContext context, int anyTokenOfSegment)
    {
        var tokens = context.Tokens;
        var segment = tokens[anyTokenOfSegment].Segment;
        var first = anyTokenOfSegment;
        while (first > 0 && tokens[first - 1].Segment == segment)
        {
            first--;
        }

        var words = 0;
        var capitalised = 0;
        var capitalisedFunctionWords = 0;
        for (var i = first; i < tokens.Length && tokens[i].Segment == segment; i++)
        {
            if (tokens[i].Kind != LatinTokenKind.Word || !char.IsLetter(context.Words[i][0]))
            {
                continue;
            }

            words++;
            if (char.IsUpper(context.Words[i][0]))
            {
                capitalised++;
                if (i > first && context.Lexicon.Stopwords.Contains(context.Words[i]))
                {
                    capitalisedFunctionWords++;
                }
            }
        }

        return words >= 3 && capitalised * 4 >= words * 3 && capitalisedFunctionWords > 0;
    }
}
