namespace Platform.Extraction.Engine.Latin;

/// <summary>
/// Types a candidate from its own words: legal suffixes (Inc, Ltd, GmbH), acronyms with digits (GPT-4),
/// organisation and place head words (University, Labs; River, Valley), countries, and first names/surnames.
/// </summary>
internal static class LexicalTyping
{
    private static readonly HashSet<string> s_placeOfHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "city", "gulf", "isle", "kingdom", "republic", "state", "states", "province", "duchy",
    };

    public static Typing? LegalSuffix(RecognitionContext context, int start, int end) =>
        end - start >= 2 && context.Lexicon.OrgLegalSuffixes.Contains(context.Words[end - 1]) && context.IsNameLike(end - 1) && !IsAStatesPostalCode(context, start, end)
            ? new Typing(EntityType.Organization, 0.9, LatinSources.LegalSuffix, Typing.LegalSuffixTier)
            : null;

    // "Denver, CO": two capitals after a comma and a town written in lower case are a state's postal code, not "Co.".
    private static bool IsAStatesPostalCode(RecognitionContext context, int start, int end) =>
        end - start >= 3 && context.Words[end - 1] is { Length: 2 } code && code.All(char.IsAsciiLetterUpper)
        && context.Words[end - 2] == "," && context.Words[end - 3].Any(char.IsLower);

    /// <summary>A capitalised word with digits ("GPT-4", "H100", "M365") or a name with a version number ("Llama 3").</summary>
    public static Typing? Acronym(RecognitionContext context, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (context.IsNameLike(i) && HasDigit(context.Words[i]))
            {
                return new Typing(EntityType.Product, 0.7, LatinSources.Acronym, Typing.AcronymTier);
            }
        }

        // "Vision Fund 2" is a fund, an organisation, for all its number.
        return end - start >= 2 && context.Tokens[end - 1].Kind == LatinTokenKind.Number && !context.Lexicon.OrgHeads.Contains(context.Words[end - 2])
            ? new Typing(EntityType.Product, 0.6, LatinSources.Acronym, Typing.ListTier)
            : null;
    }

    public static Typing? FromLists(RecognitionContext context, int start, int end)
    {
        var lexicon = context.Lexicon;
        var words = context.Words;
        var count = end - start;
        var phrase = context.Text.AsSpan(context.Tokens[start].Start, context.Tokens[end - 1].End - context.Tokens[start].Start);
        if (lexicon.Countries.Contains(phrase))
        {
            return new Typing(EntityType.Location, 0.85, LatinSources.NameList, Typing.ListTier);
        }

        var hasOf = false;
        for (var i = start + 1; i < end - 1; i++)
        {
            hasOf |= words[i] is "of" or "for";
        }

        if (hasOf && lexicon.OfHeads.Contains(words[start]))
        {
            return s_placeOfHeads.Contains(words[start])
                ? new Typing(EntityType.Location, 0.7, LatinSources.NameList, Typing.ListTier)
                : new Typing(EntityType.Organization, 0.75, LatinSources.NameList, Typing.ListTier);
        }

        if (count >= 2 && (lexicon.OrgHeads.Contains(words[end - 1]) || (count >= 3 && context.Tokens[end - 1].Kind == LatinTokenKind.Number && lexicon.OrgHeads.Contains(words[end - 2]))))
        {
            return new Typing(EntityType.Organization, 0.7, LatinSources.NameList, Typing.ListTier);
        }

        if (count >= 2 && lexicon.LocationHeads.Contains(words[end - 1]))
        {
            return new Typing(EntityType.Location, 0.6, LatinSources.NameList, Typing.ListTier);
        }

        if (count is 2 or 3 && lexicon.FirstNames.Contains(words[start]) && AllInitialCapitals(context, start, end))
        {
            var knownSurname = lexicon.Surnames.Contains(words[end - 1]);
            return new Typing(EntityType.Person, knownSurname ? 0.8 : 0.65, LatinSources.NameList, Typing.ListTier);
        }

        if (count == 2 && AllInitialCapitals(context, start, end) && PinyinNames.AreAChineseName(words[start], words[start + 1]) && !context.IsListedPlace(start, end))
        {
            return new Typing(EntityType.Person, 0.65, LatinSources.NameList, Typing.ListTier);
        }

        if (count == 1 && !lexicon.IsCommon(words[start]) && IsInitialCapitalOnly(words[start]))
        {
            if (lexicon.FirstNames.Contains(words[start]))
            {
                return new Typing(EntityType.Person, 0.5, LatinSources.NameList, Typing.ListTier);
            }

            if (lexicon.Surnames.Contains(words[start]))
            {
                return new Typing(EntityType.Person, 0.45, LatinSources.NameList, Typing.ListTier);
            }
        }

        return null;
    }

    private static bool AllInitialCapitals(RecognitionContext context, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!IsInitialCapitalOnly(context.Words[i]) && !(context.Words[i].Length == 1 && char.IsUpper(context.Words[i][0])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Suleyman", "Fei-Fei", "O'Brien"; not "AI", "OpenAI", "iPhone".</summary>
    private static bool IsInitialCapitalOnly(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        for (var k = 1; k < word.Length; k++)
        {
            var c = word[k];
            if (char.IsUpper(c) && word[k - 1] is not ('-' or '\'' or '\u2019'))
            {
                return false;
            }

            if (char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasDigit(string word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
