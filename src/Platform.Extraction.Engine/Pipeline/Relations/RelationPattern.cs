using System.Buffers;
using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A cue for one predicate, written over sentence templates: <c>{P:s}</c> is a person mention captured
/// as the subject, <c>{OR:o}</c> an organisation or product captured as the object. A placeholder ending in
/// <c>+</c> (<c>{P:s+}</c>) takes a whole list of such mentions ("A、B和C", "A, B and C"), each member an
/// argument. A work may stand in title marks (《⟦W⟧》). A pattern without a subject placeholder takes the
/// speaker ("我", "I") of the sentence as its subject. <c>{S:o}</c> takes only an organisation's "we" ("我们的…", "our …");
/// every organisation placeholder takes it too. A pattern whose predicate is <see cref="FromRoles"/>
/// states what its titles (<see cref="RoleNouns"/>) say.
/// </summary>
internal sealed partial class RelationPattern
{
    public const string FromRoles = "(role)";

    // Between members of a list: a separator, then perhaps a short Chinese descriptor ("、浏览器 Edge"), what a backer
    // is to the round ("and existing investor Greylock") or the owner of the next member ("and Amazon's Industrial
    // Innovation Fund"); never a verb that starts a clause about the next name ("backed by Sequoia, has hired Ingrid Solberg").
    private const string ListSeparator = Separator + @"(?:" + WhatTheNextMemberIs + @"|the\s+|" + OwnerOfTheNextMember + "|" + WhatOpensAMember + ")?";

    // A product listed with its own maker is that maker's ("Meta's Llama 3.1 8B and Mistral's Ministral 8B"), so a list
    // of products does not run on past another maker's name.
    private const string ProductListSeparator = Separator + @"(?:the\s+|" + WhatOpensAMember + ")?";

    private const string Separator = @"\s*(?:、|,|，|和|与|及|以及|\band\b|\bor\b|&|,\s*and\b|as well as)\s*";

    // "… and the Dutch state-backed fund Invest-NL": what kind of firm the next member is. The loop is greedy: lazy, it
    // made the compiled list patterns throw IndexOutOfRangeException (RelationPatternRegexTests).
    private const string WhatTheNextMemberIs = @"(?:the\s+|a\s+)?(?:[A-Za-z-]+\s+){0,3}(?:fund|firm|bank|lender|insurer|investor|company|start-?up)\s+";

    // "and Amazon's Industrial Innovation Fund", "字节跳动旗下火山引擎": the next member's owner is no member itself.
    private const string OwnerOfTheNextMember = @"⟦\d+:[OS]⟧\s*(?:(?:'s|’s)\s+|旗下的?\s*)";

    private const string WhatOpensAMember = @"(?:existing|lead|new|returning|early)\s+(?:investors?|backers?)\s+|(?:⟦\d+:C⟧\s*)?[\p{IsCJKUnifiedIdeographs}]{1,6}\s*|(?!(?:has|have|had|is|was|are|were|will|would|said|says|told|hired|named|appointed)\b)(?:[a-z][\w-]*\s+){1,2}(?=⟦\d+:P⟧)";

    /// <param name="namesTheSpeaker">
    /// The pattern's subject is the text's speaker, named or not ("Transcript of the keynote at …"); other patterns
    /// without a subject need "I"/"我" in the sentence.
    /// </param>
    public RelationPattern(string predicate, string template, double confidence = 0.8, bool namesTheSpeaker = false)
    {
        Predicate = predicate;
        Confidence = confidence;
        NamesTheSpeaker = namesTheSpeaker;
        HasSubject = template.Contains(":s}", StringComparison.Ordinal) || template.Contains(":s+}", StringComparison.Ordinal);
        _placeholderTypes = Placeholder().Matches(template).Select(m => m.Groups["types"].Value).Distinct().ToArray();
        var expanded = Placeholder().Replace(template, m => Expand(m.Groups["types"].Value, m.Groups["group"].Value, m.Groups["list"].Success));
        Regex = new Regex(expanded, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _interpreted = new Lazy<Regex>(() => new Regex(expanded, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
        _requiredWords = RequiredWords.Of(expanded);
    }

    // .NET 10's compiled engine can throw IndexOutOfRangeException when it backtracks out of a bounded lazy loop that
    // reached its maximum (dotnet/runtime#129511, fixed after 10.0); the interpreter matches those texts correctly.
    private readonly Lazy<Regex> _interpreted;

    /// <summary>Whether the pattern matches the template, compiled, or interpreted where the compiled engine fails.</summary>
    public bool IsMatch(string template)
    {
        try
        {
            return Regex.IsMatch(template);
        }
        catch (IndexOutOfRangeException)
        {
            return _interpreted.Value.IsMatch(template);
        }
    }

    /// <summary>The pattern's matches in the template, as <see cref="IsMatch"/> finds them.</summary>
    public IReadOnlyList<Match> Matches(string template)
    {
        try
        {
            return Regex.Matches(template).ToList();
        }
        catch (IndexOutOfRangeException)
        {
            return _interpreted.Value.Matches(template).ToList();
        }
    }

    private readonly string[] _placeholderTypes;

    private readonly SearchValues<string>? _requiredWords;

    public bool HasSubject { get; }

    public bool NamesTheSpeaker { get; }

    public string Predicate { get; }

    public double Confidence { get; }

    public Regex Regex { get; }

    /// <summary>Whether a sentence naming things of these types (<see cref="SentenceTemplate.TypeLetter"/>) can fill every placeholder.</summary>
    public bool CanMatch(string typeLetters)
    {
        // Loops rather than LINQ: this runs for every pattern in every sentence, and the lambdas' closures were most
        // of the relation pass's allocations.
        foreach (var types in _placeholderTypes)
        {
            var filled = false;
            foreach (var letter in types)
            {
                filled |= typeLetters.Contains(letter == SentenceTemplate.We ? 'O' : letter);
            }
            if (!filled)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the template holds a word the pattern cannot match without (<see cref="RequiredWords"/>).</summary>
    public bool MayMatch(string templateText) => _requiredWords is null || templateText.AsSpan().ContainsAny(_requiredWords);

    public IEnumerable<string> Predicates(Match match) => Predicate == FromRoles ? RoleNouns.Predicates(match) : [Predicate];

    // A listed person may carry their own organisation and title: "百度CEO李彦宏、小米CEO雷军", "AMD's Lisa Su and Intel's Pat Gelsinger".
    private const string TitleBeforeAListedPerson = @"(?:⟦\d+:[OS]⟧\s*(?:'s|’s|的)?\s*[^⟦⟧,，、。.;；!?！？\n]{0,20}?\s*(?=⟦\d+:P⟧))?";

    // A listed firm may carry where it is based or what it is: "Berlin-based Magazino and the American company Covariant",
    // "the video-generation start-up Framewise".
    private const string WhatAListedFirmIs = @"(?:⟦\d+:L⟧-based\s+|(?:(?:[A-Z][a-z]+(?:-[a-z]+)*|⟦\d+:C⟧)\s+)?(?:company|firm|startup|start-up|chain|group|lab|maker)\s+(?=⟦))?";

    // A listed person may carry an aside in brackets: "Maren Lindahl (ex-Epic Systems) and Omar Benkirane (ex-Google)",
    // "Aravind Srinivas (CEO), Denis Yarats, …". Atomic: a member's aside is no clause about the last one ("… and Priya Venkatesalu (left Cohere in 2023)").
    private const string AsideAfterAListedPerson = @"(?>(?:\s*[（(](?:[^()（）⟦⟧\n]|⟦\d+:[A-Z]⟧){1,120}?[）)])?)";

    private static string Expand(string types, string group, bool list)
    {
        var letters = types.Contains('O') ? types + SentenceTemplate.We : types;
        var one = $"⟦(?<{group}>\\d+):[{letters}]⟧";
        var placeholder = types.Contains('W') ? $"《?{one}》?" : one;
        var member = types.Contains('P') ? TitleBeforeAListedPerson + placeholder
            : types.Contains('O') ? WhatAListedFirmIs + placeholder : placeholder;
        var separator = types == "R" ? ProductListSeparator : ListSeparator;
        var aside = types.Contains('P') ? AsideAfterAListedPerson : "";
        return list ? $"{(types.Contains('O') ? WhatAListedFirmIs : "")}{placeholder}{aside}(?:{separator}{member}{aside})*" : placeholder;
    }

    [GeneratedRegex(@"\{(?<types>[A-Z]+):(?<group>[so])(?<list>\+)?\}")]
    private static partial Regex Placeholder();
}
