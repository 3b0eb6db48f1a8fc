namespace Platform.Extraction.Engine.Latin;

/// <summary>
/// Types a candidate from the words around it: "Dr. X", "CEO X", a transcript's "NAME SURNAME:", "X of Quist &amp; Hale"
/// → person; "CEO of X", "X's chief executive", "co-founded X", "joined X", "acquire X", "works at X", "partnered with X",
/// "X is backed by", "X was founded", "X, a San Francisco startup", "rivals include X", "investors X", "X's investors",
/// "X raised $…", "existing investor X", "led by X" after a round, "former X lawyers", "a decade at X", "her own lab, X",
/// "funding from X", "security firm X", "engineers at X", "at X for seven years", "X is its first customer", a name spelled
/// as its web domain (Otter.ai) → organisation; "his essay X", "X is produced by", "X, episode 4" → work; "using X", "X is our
/// robotic hand", "a similar product, X", "its X models", "sells X", "X, a wheeled robot that", "led the X project" →
/// product; "the X developer conference" → event; "based in X", "X-based", a dateline, "the Detroit carmaker", a city
/// and its region → place; a bare "in X" is a weak place cue.
/// </summary>
internal static partial class ContextCues
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Z][A-Za-z0-9-]+\.(?:ai|com|io)$")]
    private static partial System.Text.RegularExpressions.Regex WebDomainName();

    private static readonly HashSet<string> s_orgVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "founded", "co-founded", "cofounded", "joined", "joining", "joins", "join", "rejoined", "acquire", "acquires", "acquiring",
    };

    // "X, a San Francisco startup", "X, the Nashville-based operator of clinics": what the apposition says X is.
    private static readonly HashSet<string> s_firmNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "startup", "start-up", "company", "firm", "maker", "developer", "operator", "provider", "rival", "competitor", "lab", "subsidiary",
        "utility", "lender", "insurer", "retailer", "carmaker", "automaker", "chipmaker", "manufacturer", "chain", "grocer", "supermarket",
        "fund", "marketplace", "bank", "airline", "carrier", "business", "association", "consortium", "alliance", "agency", "regulator", "watchdog",
        "nonprofit", "non-profit", "broker", "publisher", "newspaper", "forwarder", "consultancy", "brokerage",
    };

    private static readonly HashSet<string> s_articles = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "another" };

    private static readonly HashSet<string> s_orgPrepositionVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "works", "worked", "working", "work", "employed", "hired", "acquired", "invested", "engineer", "researcher", "scientist", "executive",
    };

    // "partnered with X", "competes with X": what a firm does with another firm.
    private static readonly HashSet<string> s_orgWithVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "partnered", "partnering", "partners", "partner", "partnership", "teamed", "merged", "merging", "competes", "competing",
        "deal", "deals", "agreement", "agreements", "contract", "contracts", "pilot", "pilots", "built", "developed", "co-developed", "designed",
    };

    // "rivals include X", "investors X and Y", "competitor X": the company a firm's rivals and backers are.
    private static readonly HashSet<string> s_firmRelations = new(StringComparer.OrdinalIgnoreCase)
    {
        "rival", "rivals", "competitor", "competitors", "investor", "investors", "backers",
    };

    private static readonly HashSet<string> s_backerQualifiers = new(StringComparer.OrdinalIgnoreCase) { "existing", "lead", "new", "returning", "early" };

    private static readonly HashSet<string> s_staffNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "lawyers", "engineers", "researchers", "employees", "executives", "staffers", "bankers", "consultants", "scientists", "colleagues", "managers",
        "lawyer", "engineer", "researcher", "employee", "executive", "staffer", "banker", "consultant", "scientist", "manager", "designer", "analyst",
        "research",
    };

    private static readonly HashSet<string> s_fundedWith = new(StringComparer.OrdinalIgnoreCase) { "funding", "financing", "investment", "backing", "round", "money", "capital" };

    private static readonly HashSet<string> s_raiseVerbs = new(StringComparer.OrdinalIgnoreCase) { "raised", "raises", "closed", "closes", "secured", "secures" };

    private static readonly HashSet<string> s_productVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "sells", "sold", "released", "releases", "launched", "launches", "unveiled", "unveils", "shipped", "ships", "open-sourced", "open-sources",
        "sell", "release", "launch", "unveil", "ship", "introduce", "debut",
    };

    // "after a decade at X", "six years at X": where a career was spent is a firm.
    private static readonly HashSet<string> s_careerSpans = new(StringComparer.OrdinalIgnoreCase) { "decade", "decades", "years", "months", "stint", "tenure", "career" };

    // "the Forge developer conference": an event named before its kind.
    private static readonly HashSet<string> s_eventNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "conference", "summit", "expo", "forum", "festival", "hackathon", "convention", "symposium",
    };

    private static readonly HashSet<string> s_leadVerbs = new(StringComparer.OrdinalIgnoreCase) { "led", "leads", "ran", "runs", "heads", "headed", "started" };

    private static readonly HashSet<string> s_listVerbs = new(StringComparer.OrdinalIgnoreCase) { "include", "includes", "including", "like", "are" };

    private static readonly HashSet<string> s_placeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "based", "headquartered", "born", "located", "lives", "living", "lived", "grew", "raised", "moved",
    };

    private static readonly HashSet<string> s_fundingWords = new(StringComparer.OrdinalIgnoreCase) { "Series", "seed", "funding", "valuation", "IPO", "investors", "backers", "lenders", "banks" };

    private static readonly HashSet<string> s_launchVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "released", "releases", "launched", "launches", "unveiled", "unveils", "introduced", "introduces", "debuted", "debuts",
        "shipped", "ships", "open-sourced", "open-sources",
    };

    private static readonly HashSet<string> s_launchObjectStarts = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "its", "their", "the", "new" };

    // "his essay X", "the book X", "her paper X": a work named after its kind.
    private static readonly HashSet<string> s_workNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "book", "essay", "paper", "novel", "memoir", "article", "report", "documentary", "film", "album", "podcast", "newsletter",
    };

    // "using X", "built on X": what is used is a product; the maker's name may stand before it (using NVIDIA Isaac Sim).
    private static readonly HashSet<string> s_useVerbs = new(StringComparer.OrdinalIgnoreCase) { "using", "uses", "used", "via" };

    // "X is our robotic hand", "X is their flagship model": what a firm calls its own thing.
    private static readonly HashSet<string> s_possessiveDeterminers = new(StringComparer.OrdinalIgnoreCase) { "our", "its", "their" };

    private static readonly HashSet<string> s_productNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "product", "products", "hand", "robot", "model", "chip", "app", "assistant", "chatbot", "platform", "device", "tool", "gripper", "system",
        "service", "software", "agent", "browser", "headset", "phone", "car", "drone", "processor", "computer", "glasses", "earbuds", "watch",
        "editor", "engine", "arm", "suite",
    };

    private static readonly HashSet<string> s_firmGroups = new(StringComparer.OrdinalIgnoreCase)
    {
        "customers", "clients", "investors", "backers", "shareholders", "partners", "businesses", "companies", "firms", "enterprises", "banks", "insurers",
        "retailers",
    };

    // "Cursor, which is made by Anysphere": who makes a thing is a firm.
    // Also who owns or backs a firm: "backed by Berkshire Hathaway", "owned by Ooredoo".
    private static readonly HashSet<string> s_makingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "made", "developed", "built", "manufactured", "backed", "owned", "controlled", "acquired",
    };

    private static readonly HashSet<string> s_degrees = new(StringComparer.OrdinalIgnoreCase)
    {
        "PhD", "doctorate", "degree", "degrees", "MBA", "master's", "bachelor's", "masters", "undergraduate",
    };

    private static readonly HashSet<string> s_appointingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "appointed", "appoints", "named", "names", "promoted", "promotes", "hired", "hires", "elected", "elects", "tapped", "taps",
    };

    private static readonly HashSet<string> s_placeSuffixes = new(StringComparer.OrdinalIgnoreCase) { "based", "born", "headquartered" };

    public static Typing? Find(RecognitionContext context, int start, int end)
    {
        var lexicon = context.Lexicon;
        var p1 = Previous(context, start, 1);
        var p2 = Previous(context, start, 2);

        // Dr. X / Mr X / Prof. X
        if (p1 >= 0 && lexicon.PersonTitles.Contains(context.Words[p1]) && context.IsNameLike(p1))
        {
            return new Typing(EntityType.Person, 0.9, LatinSources.Cue, Typing.CueTier);
        }

        if (p1 >= 0 && context.Words[p1] == "." && p2 >= 0 && lexicon.PersonTitles.Contains(context.Words[p2]) && context.IsNameLike(p2))
        {
            return new Typing(EntityType.Person, 0.9, LatinSources.Cue, Typing.CueTier);
        }

        // the venture arm of X / a subsidiary of X: what owns an arm or a subsidiary is a firm
        if (p1 >= 0 && p2 >= 0 && context.IsWord(p1, "of") && (context.IsWord(p2, "arm") || context.IsWord(p2, "subsidiary") || context.IsWord(p2, "unit")))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // Senator Mark Kelly of X: a listed place after a person's first and last name and "of" is where they are from
        if (p1 >= 0 && context.IsWord(p1, "of") && context.IsListedPlace(start, end) && Previous(context, start, 3) is var first and >= 0
            && lexicon.FirstNames.Contains(context.Words[first]) && context.IsNameLike(first) && context.IsNameLike(p2))
        {
            return new Typing(EntityType.Location, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // Berlin-based X: what is based somewhere is a firm (the place itself is read on its own, see CapitalisedPhraseChunker)
        if (p1 >= 0 && HasPlaceSuffix(context.Words[p1]) && context.IsNameLike(p1))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // existing investor X / with participation from X: the backers in a round are firms
        if (p1 >= 0 && p2 >= 0 && ((s_firmRelations.Contains(context.Words[p1]) && s_backerQualifiers.Contains(context.Words[p2]))
            || (context.IsWord(p1, "from") && context.IsWord(p2, "participation"))))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // made by X / developed by X / backed by X: the maker or owner, unless a person's first name opens the name
        if (p1 >= 0 && p2 >= 0 && context.IsWord(p1, "by") && s_makingVerbs.Contains(context.Words[p2]) && !lexicon.FirstNames.Contains(context.Words[start]))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // after a decade at X / six years at X / built risk models at X for seven years
        if (p1 >= 0 && context.IsWord(p1, "at")
            && ((p2 >= 0 && s_careerSpans.Contains(context.Words[p2]))
                || (Next(context, end, 1) is var n1f and >= 0 && context.IsWord(n1f, "for") && Next(context, end, 3) is var n3f and >= 0 && s_careerSpans.Contains(context.Words[n3f]))))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // its investors, among them X / its customers, including X: a member of a firm's backers or customers is a firm
        if (p1 >= 0 && p2 >= 0 && (context.IsWord(p2, "among") && context.IsWord(p1, "them") || context.IsWord(p1, "including") || context.IsWord(p1, "include"))
            && FirmGroupBefore(context, context.IsWord(p1, "them") ? p2 : p1))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // Nvidia's venture arm NVentures / its investment arm, Intel Capital: a firm's investing unit is a firm
        if (p1 >= 0 && p2 >= 0 && (context.IsWord(p1, "arm") || (context.Words[p1] == "," && context.IsWord(p2, "arm")))
            && Previous(context, start, context.IsWord(p1, "arm") ? 2 : 3) is var armKind and >= 0 && (context.IsWord(armKind, "venture") || context.IsWord(armKind, "investment")))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // counts X among its customers: who buys from a firm, or backs it, is a firm
        if (Next(context, end, 1) is var among and >= 0 && context.IsWord(among, "among") && Next(context, end, 3) is var group and >= 0
            && (s_firmGroups.Contains(context.Words[group]) || (Next(context, end, 4) is var group4 and >= 0 && s_firmGroups.Contains(context.Words[group4]))))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // X is its first customer / X is a customer: who buys from a firm is a firm
        if (Next(context, end, 1) is var isWord and >= 0 && context.IsWord(isWord, "is") && Next(context, end, 3) is var n3c and >= 0
            && (context.IsWord(n3c, "customer") || context.IsWord(n3c, "client") || (Next(context, end, 4) is var n4c and >= 0 && (context.IsWord(n4c, "customer") || context.IsWord(n4c, "client")))))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // at the Forge developer conference: a name between "the" and the kind of event, perhaps after one word for whom
        if (p1 >= 0 && context.IsWord(p1, "the") && Next(context, end, 1) is var n1e and >= 0
            && (s_eventNouns.Contains(context.Words[n1e]) || (!context.IsNameLike(n1e) && Next(context, end, 2) is var n2e and >= 0 && s_eventNouns.Contains(context.Words[n2e]))))
        {
            return new Typing(EntityType.Event, 0.75, LatinSources.Cue, Typing.CueTier);
        }

        // a Series C led by X / the round was co-led by X: who leads a round is an investor
        if (p1 >= 0 && p2 >= 0 && context.IsWord(p1, "by") && (context.IsWord(p2, "led") || context.IsWord(p2, "co-led")) && FundingWordWithin(context, p2, 4))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // former Cravath lawyers / ex-Google engineers / former Lockheed Martin engineer: where the people worked is a firm
        if (p1 >= 0 && (context.IsWord(p1, "former") || context.IsWord(p1, "ex")) && Next(context, end, 1) is var staff and >= 0 && s_staffNouns.Contains(context.Words[staff]))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // its Quill models / their Azure cloud / Nvidia's Jetson Thor computer: a name between a possessive and the kind
        // of product it is
        if (p1 >= 0 && (s_possessiveDeterminers.Contains(context.Words[p1]) || context.Tokens[p1].Kind == LatinTokenKind.Possessive) && Next(context, end, 1) is var kind and >= 0
            && (s_productNouns.Contains(context.Words[kind]) || s_productNouns.Contains(context.Words[kind].TrimEnd('s')) || context.IsWord(kind, "cloud")))
        {
            return new Typing(EntityType.Product, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // the writing assistant Inkwell / its coding tool Beacon: a determiner, everyday words and the kind of product
        // right before the name ("model" and "agent" name people too: "the model Kate Moss", "FBI agent X")
        if (p1 >= 0 && s_productNouns.Contains(context.Words[p1]) && context.Words[p1] is not ("model" or "agent" or "hand") && char.IsLower(context.Words[p1][0])
            && context.Adjacent(p1, start) && DeterminerBeforeLowerCaseWords(context, p1, 3))
        {
            return new Typing(EntityType.Product, 0.75, LatinSources.Cue, Typing.CueTier);
        }

        // the Weaver family of models / the Kite line of robots: a name before the range of products it names
        if (p1 >= 0 && context.IsWord(p1, "the") && Next(context, end, 1) is var range and >= 0 && Next(context, end, 2) is var rangeOf and >= 0
            && (context.IsWord(range, "family") || context.IsWord(range, "line") || context.IsWord(range, "series")) && context.IsWord(rangeOf, "of"))
        {
            return new Typing(EntityType.Product, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // sells X / released X: what a firm sells or launches is a product
        if (p1 >= 0 && s_productVerbs.Contains(context.Words[p1]) && context.Adjacent(p1, start))
        {
            return new Typing(EntityType.Product, 0.75, LatinSources.Cue, Typing.CueTier);
        }

        // "has appointed Jun-seo Pardee head of applied AI", "promoted X to chief executive", "hired X as head of policy": who
        // is given a post is a person.
        if (p1 >= 0 && s_appointingVerbs.Contains(context.Words[p1]) && Next(context, end, 1) is var post and >= 0
            && (lexicon.RoleWords.Contains(context.Words[post])
                || ((context.IsWord(post, "as") || context.IsWord(post, "to")) && Next(context, end, 2) is var post2 and >= 0
                    && (lexicon.RoleWords.Contains(context.Words[post2]) || (s_articles.Contains(context.Words[post2]) && Next(context, end, 3) is var post3 and >= 0 && lexicon.RoleWords.Contains(context.Words[post3]))))))
        {
            return new Typing(EntityType.Person, 0.85, LatinSources.Cue, Typing.CueTier);
        }

        // a PhD at X / a master's degree from X: where a degree is earned is a university
        if (p1 >= 0 && p2 >= 0 && (context.IsWord(p1, "at") || context.IsWord(p1, "from")) && s_degrees.Contains(context.Words[p2]))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // CEO of X / founder at X
        if (p1 >= 0 && p2 >= 0 && (context.IsWord(p1, "of") || context.IsWord(p1, "at")) && lexicon.RoleWords.Contains(context.Words[p2]))
        {
            return new Typing(EntityType.Organization, 0.85, LatinSources.Cue, Typing.CueTier);
        }

        // CEO X / co-founder X: the role word right before the name; an everyday word there is a heading's or a title's
        // ("CEO Transition", "Chief Information Officer"), which no other cue types either.
        if (p1 >= 0 && lexicon.RoleWords.Contains(context.Words[p1]) && context.Adjacent(p1, start))
        {
            return lexicon.FirstNames.Contains(context.Words[start]) || !lexicon.IsCommon(context.Words[start].ToLowerInvariant())
                ? new Typing(EntityType.Person, 0.8, LatinSources.Cue, Typing.CueTier)
                : null;
        }

        // co-founded X / joined X / works at X / acquired by X
        if (p1 >= 0 && s_orgVerbs.Contains(context.Words[p1]))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        if (p1 >= 0 && p2 >= 0 && (context.IsWord(p1, "at") || context.IsWord(p1, "by") || context.IsWord(p1, "in")) && s_orgPrepositionVerbs.Contains(context.Words[p2]))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        if (p1 >= 0 && p2 >= 0 && context.IsWord(p1, "with") && s_orgWithVerbs.Contains(context.Words[p2]))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // "It also works with Ajax", "It works with Ajax": a firm works with a firm (not "works with John Smith", a first name)
        if (p1 >= 0 && p2 >= 0 && context.IsWord(p1, "with") && context.IsWord(p2, "works") && Previous(context, start, 3) is var subject and >= 0
            && context.Words[subject] is "also" or "It" or "it" or "company" && !lexicon.FirstNames.Contains(context.Words[start]))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // led the X project: what a person leads as a project is a product of the organisation (the OLMo project)
        if (p1 >= 0 && p2 >= 0 && context.IsWord(p1, "the") && s_leadVerbs.Contains(context.Words[p2]) && Next(context, end, 1) is var n and >= 0 && context.IsWord(n, "project"))
        {
            return new Typing(EntityType.Product, 0.75, LatinSources.Cue, Typing.CueTier);
        }

        // rivals include X / investors X
        if (p1 >= 0 && (s_firmRelations.Contains(context.Words[p1]) || (p2 >= 0 && s_listVerbs.Contains(context.Words[p1]) && s_firmRelations.Contains(context.Words[p2]))))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // security firm Wiz / the startup Murmur / engineers at Shopify: a firm named after its kind, or where staff work
        if (p1 >= 0 && ((s_firmNouns.Contains(context.Words[p1]) && context.Adjacent(p1, start) && !context.IsNameLike(p1))
            || (context.IsWord(p1, "at") && p2 >= 0 && s_staffNouns.Contains(context.Words[p2]))))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // Otter.ai / Fireflies.ai / Monday.com: a name spelled as its web domain is the company's
        if (end - start == 1 && WebDomainName().IsMatch(context.Words[start]))
        {
            return new Typing(EntityType.Organization, 0.75, LatinSources.Cue, Typing.CueTier);
        }

        // his essay X / the book X
        if (p1 >= 0 && s_workNouns.Contains(context.Words[p1]) && context.Adjacent(p1, start) && !context.IsNameLike(p1))
        {
            return new Typing(EntityType.Work, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // using X / using NVIDIA X
        if (p1 >= 0 && (s_useVerbs.Contains(context.Words[p1]) || (p2 >= 0 && s_useVerbs.Contains(context.Words[p2]) && LatinScript.IsAllCapitals(context.Words[p1]))))
        {
            return new Typing(EntityType.Product, 0.75, LatinSources.Cue, Typing.CueTier);
        }

        // based in X / born in X
        if (p1 >= 0 && p2 >= 0 && (context.IsWord(p1, "in") || context.IsWord(p1, "to")) && s_placeVerbs.Contains(context.Words[p2]))
        {
            return new Typing(EntityType.Location, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        var n1 = Next(context, end, 1);
        if (IsDatelineRegion(context, start, end))
        {
            return new Typing(EntityType.Location, 0.85, LatinSources.Cue, Typing.CueTier);
        }

        if (context.IsListedPlace(start, end))
        {
            // DETROIT — … / SEOUL/AUSTIN (Wire) — … / NASHVILLE, Tenn. — …: a dateline's listed place in capitals
            if (n1 >= 0 && (context.Words[n1] is "—" or "–" or "(" or "/" || (context.Words[n1] == "," && IsDatelineRegion(context, Next(context, end, 2), Next(context, end, 2) + 1)))
                && AllCapitals(context, start, end)
                && (Text.TextLines.OpensALine(context.Text, context.Tokens[start].Start) || (p1 >= 0 && context.Words[p1] == "/")))
            {
                return new Typing(EntityType.Location, 0.85, LatinSources.Cue, Typing.CueTier);
            }

            // the Detroit carmaker / a Pittsburgh startup: a listed place before the kind of firm says where the firm is;
            // Redmond, Washington: a listed place and, after a comma, another are a city and its region
            if ((p1 >= 0 && s_articles.Contains(context.Words[p1]) && n1 >= 0 && IsFirmKind(context.Words[n1]))
                || (p1 >= 0 && context.Words[p1] == "," && ListedPlaceEndsAt(context, p1))
                || (n1 >= 0 && context.Words[n1] == "," && Next(context, end, 2) is var region and >= 0 && ListedPlaceStartsAt(context, region)))
            {
                return new Typing(EntityType.Location, 0.8, LatinSources.Cue, Typing.CueTier);
            }
        }

        var n2 = Next(context, end, 2);
        // PRIYANKA RAO: …, VOSS: … — a transcript's speaker label: one to three words in capitals opening a line, then a colon.
        if (n1 >= 0 && context.Words[n1] == ":" && (end - start is 2 or 3 || (end - start == 1 && context.Words[start].Length >= 3 && !s_roleLabels.Contains(context.Words[start]))) && AllCapitals(context, start, end) && Text.TextLines.OpensALine(context.Text, context.Tokens[start].Start))
        {
            return new Typing(EntityType.Person, 0.85, LatinSources.Cue, Typing.CueTier);
        }

        // X is backed by … / X was spun out of … / X was founded in …: only a firm is.
        if (n1 >= 0 && n2 >= 0 && (context.IsWord(n1, "is") || context.IsWord(n1, "was")) && (context.IsWord(n2, "backed") || context.IsWord(n2, "spun") || context.IsWord(n2, "founded")))
        {
            return new Typing(EntityType.Organization, 0.85, LatinSources.Cue, Typing.CueTier);
        }

        // X is produced by … / X, episode 42: a show.
        if (n1 >= 0 && n2 >= 0 && context.IsWord(n1, "is") && (context.IsWord(n2, "produced") || context.IsWord(n2, "hosted")))
        {
            return new Typing(EntityType.Work, 0.8, LatinSources.Cue, Typing.CueTier);
        }
        if (n1 >= 0 && n2 >= 0 && context.Words[n1] == "," && (context.IsWord(n2, "episode") || context.IsWord(n2, "season")))
        {
            return new Typing(EntityType.Work, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // Nora Quist of Quist & Hale: a first and last name, then "of" and the firm the person is with
        if (end - start == 2 && n1 >= 0 && context.IsWord(n1, "of") && lexicon.FirstNames.Contains(context.Words[start])
            && Next(context, end, 2) is var firm and >= 0 && context.IsNameLike(firm))
        {
            return new Typing(EntityType.Person, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // X raised $120 million / X has raised … / X closed a €55 million Series B: only a firm raises money
        var raised = n1 >= 0 && context.IsWord(n1, "has") ? n2 : n1;
        if (raised >= 0 && s_raiseVerbs.Contains(context.Words[raised]) && Next(context, end, raised - end + 2) is var amount and >= 0
            && (context.Words[amount] is "$" or "€" or "£" or "¥" || char.IsAsciiDigit(context.Words[amount][0]) || context.IsWord(amount, "a") || context.IsWord(amount, "an")))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // X, a San Francisco startup / X, a Notewell rival: the apposition's noun within four words says it is a firm;
        // X, a wheeled robot that …: a product
        if (n1 >= 0 && n2 >= 0 && context.Words[n1] == "," && (context.IsWord(n2, "a") || context.IsWord(n2, "an") || context.IsWord(n2, "the")))
        {
            if (FirmNounWithin(context, n2, 4))
            {
                return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
            }

            if (ProductAppositionAfter(context, n2))
            {
                return new Typing(EntityType.Product, 0.75, LatinSources.Cue, Typing.CueTier);
            }
        }

        // X's CEO / X's chief executive
        if (n1 >= 0 && context.Tokens[n1].Kind == LatinTokenKind.Possessive && n2 >= 0 && lexicon.RoleWords.Contains(context.Words[n2]))
        {
            return new Typing(EntityType.Organization, 0.85, LatinSources.Cue, Typing.CueTier);
        }

        // X's Series A round / X's seed funding: only a firm raises money in rounds.
        if (n1 >= 0 && context.Tokens[n1].Kind == LatinTokenKind.Possessive && n2 >= 0 && s_fundingWords.Contains(context.Words[n2]))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // Microsoft CEO Satya Nadella / OpenAI co-founder: not when glued to another script ("微软AI CEO"), where X is a fragment.
        if (n1 >= 0 && lexicon.RoleWords.Contains(context.Words[n1]) && context.Adjacent(end - 1, n1) && !context.Tokens[start].GluedToOtherScript)
        {
            return new Typing(EntityType.Organization, 0.75, LatinSources.Cue, Typing.CueTier);
        }

        // Vantyx released Atlas / Sable Dynamics unveiled its first robot: what launches a thing is its maker, unless
        // the name reads as a person's (Maya Chen unveiled …).
        if (n1 >= 0 && n2 >= 0 && s_launchVerbs.Contains(context.Words[n1]) && context.Adjacent(end - 1, n1)
            && (s_launchObjectStarts.Contains(context.Words[n2]) || context.IsNameLike(n2))
            && !lexicon.FirstNames.Contains(context.Words[start]) && !lexicon.Surnames.Contains(context.Words[end - 1]))
        {
            return new Typing(EntityType.Organization, 0.75, LatinSources.Cue, Typing.CueTier);
        }

        // her own lab, X / a new startup, X: the firm named after its kind
        if (p1 >= 0 && p2 >= 0 && context.Words[p1] == "," && s_firmNouns.Contains(context.Words[p2]) && DeterminerWithin(context, p2, 3))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // the City of Chicago: a city named so signs contracts and hires, its government
        if (p1 >= 0 && context.IsWord(p1, "the") && context.Words[start] == "City" && start + 2 < end && context.IsWord(start + 1, "of"))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // seed funding from X / an investment from X: who funds is a firm
        if (p1 >= 0 && p2 >= 0 && context.IsWord(p1, "from") && s_fundedWith.Contains(context.Words[p2]))
        {
            return new Typing(EntityType.Organization, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // a similar product, X / their new model, X / its first processor, the K1 / Corrigan's flagship product, X
        var (comma, noun) = p1 >= 0 && context.IsWord(p1, "the") ? (p2, Previous(context, start, 3)) : (p1, p2);
        if (comma >= 0 && noun >= 0 && context.Words[comma] == "," && s_productNouns.Contains(context.Words[noun]) && DeterminerWithin(context, noun, 3))
        {
            return new Typing(EntityType.Product, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // X is our robotic hand / X is their flagship model
        if (n1 >= 0 && n2 >= 0 && context.IsWord(n1, "is") && s_possessiveDeterminers.Contains(context.Words[n2]) && ProductNounWithin(context, n2, 3))
        {
            return new Typing(EntityType.Product, 0.8, LatinSources.Cue, Typing.CueTier);
        }

        // "in X" alone is weak: below the tagger and the lists.
        if (p1 >= 0 && context.IsWord(p1, "in") && (p2 < 0 || !s_orgPrepositionVerbs.Contains(context.Words[p2])))
        {
            return new Typing(EntityType.Location, 0.5, LatinSources.Cue, Typing.WeakCueTier);
        }

        return null;
    }

    private static bool IsFirmKind(string word) => s_firmNouns.Contains(word) || word.EndsWith("maker", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether one to three words from <paramref name="start"/> form a listed place, the last maybe "Colorado-based".
    /// </summary>
    private static bool ListedPlaceStartsAt(RecognitionContext context, int start)
    {
        for (var end = start + 1; end <= Math.Min(context.Words.Length, start + 3); end++)
        {
            var last = context.Words[end - 1];
            var place = end - start == 1 ? "" : context.Phrase(start, end - 1) + " ";
            if (context.Lexicon.Places.Contains(place + last[..PlacePrefixLength(last)]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one to three words ending right before <paramref name="end"/> form a listed place.</summary>
    private static bool ListedPlaceEndsAt(RecognitionContext context, int end)
    {
        for (var start = end - 1; start >= Math.Max(0, end - 3); start--)
        {
            if (context.IsListedPlace(start, end))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FundingWordWithin(RecognitionContext context, int from, int count)
    {
        for (var k = 1; k <= count; k++)
        {
            var i = Previous(context, from, k);
            if (i < 0)
            {
                return false;
            }

            if (s_fundingWords.Contains(context.Words[i]) || context.IsWord(i, "round") || context.IsWord(i, "financing"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a (similar) product", "their (new) model": an article or possessive within <paramref name="count"/> words before.</summary>
    private static bool FirmNounWithin(RecognitionContext context, int from, int count)
    {
        for (var k = 1; k <= count; k++)
        {
            var i = Next(context, from + 1, k);
            if (i < 0 || context.Words[i] is "," or ".")
            {
                return false;
            }
            if (s_firmNouns.Contains(context.Words[i]))
            {
                // "Lindqvist, the company's chief executive": the firm is someone else's, not what X is.
                return Next(context, i + 1, 1) is not (>= 0 and var after) || context.Tokens[after].Kind != LatinTokenKind.Possessive;
            }
        }
        return false;
    }

    private static bool DeterminerWithin(RecognitionContext context, int noun, int count)
    {
        for (var k = 1; k <= count; k++)
        {
            var i = Previous(context, noun, k);
            if (i >= 0 && (context.IsWord(i, "a") || context.IsWord(i, "an") || context.IsWord(i, "own") || s_possessiveDeterminers.Contains(context.Words[i])
                || context.Tokens[i].Kind == LatinTokenKind.Possessive))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Tenn." of "NASHVILLE, Tenn. — …": one short capitalised word, its period and the dateline's dash after a comma.</summary>
    private static bool IsDatelineRegion(RecognitionContext context, int start, int end)
    {
        if (start < 1 || end != start + 1 || context.Words[start] is not { Length: >= 2 and <= 5 } word || !char.IsUpper(word[0]) || context.Words[start - 1] != ",")
        {
            return false;
        }
        var next = end;
        if (next < context.Words.Length && context.Words[next] == ".")
        {
            next++;
        }
        return next < context.Words.Length && context.Words[next] is "—" or "–" && start >= 2 && AllCapitals(context, start - 2, start - 1);
    }

    /// <summary>A firm's investors, customers or partners named right before <paramref name="cue"/>, perhaps across a comma.</summary>
    private static bool FirmGroupBefore(RecognitionContext context, int cue)
    {
        var i = Previous(context, cue, 1);
        if (i >= 0 && context.Words[i] == ",")
        {
            i = Previous(context, cue, 2);
        }
        return i >= 0 && s_firmGroups.Contains(context.Words[i]);
    }

    /// <summary>"the" or a possessive within <paramref name="count"/> words before <paramref name="noun"/>, with only lower-case words between.</summary>
    private static bool DeterminerBeforeLowerCaseWords(RecognitionContext context, int noun, int count)
    {
        for (var k = 1; k <= count; k++)
        {
            var i = Previous(context, noun, k);
            if (i < 0 || context.Tokens[i].Kind != LatinTokenKind.Word)
            {
                return false;
            }
            if (context.IsWord(i, "the") || s_possessiveDeterminers.Contains(context.Words[i]))
            {
                return true;
            }
            if (!char.IsLower(context.Words[i][0]))
            {
                return false;
            }
        }
        return false;
    }

    private static bool ProductNounWithin(RecognitionContext context, int after, int count)
    {
        for (var k = 1; k <= count; k++)
        {
            if (Next(context, after + 1, k) is var i && i >= 0 && s_productNouns.Contains(context.Words[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "a wheeled robot that …", "a coding model.": a product noun within three words, ending the apposition — not "a robot
    /// ethicist", who is a person.
    /// </summary>
    private static bool ProductAppositionAfter(RecognitionContext context, int article)
    {
        for (var k = 1; k <= 3; k++)
        {
            if (Next(context, article + 1, k) is not (>= 0 and var i))
            {
                return false;
            }

            if (s_productNouns.Contains(context.Words[i]))
            {
                var after = Next(context, i + 1, 1);
                return after < 0 || context.Words[after] is "," or "." or ";" or "—" || s_appositionEnds.Contains(context.Words[after]);
            }
        }

        return false;
    }

    // "an AI model it co-developed": a pronoun opens a relative clause too.
    private static readonly HashSet<string> s_appositionEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "for", "with", "built", "designed", "made", "called", "to", "it", "they", "we",
    };

    // A turn labelled by the speaker's part rather than name.
    private static readonly HashSet<string> s_roleLabels = new(StringComparer.OrdinalIgnoreCase)
        { "HOST", "GUEST", "INTERVIEWER", "MODERATOR", "PRESENTER", "NARRATOR", "ANNOUNCER", "AUDIENCE", "SPEAKER", "ANSWER", "QUESTION" };

    private static bool AllCapitals(RecognitionContext context, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!LatinScript.IsAllCapitals(context.Words[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"London-based": the part before the hyphen of the candidate's last word names a place.</summary>
    public static int PlacePrefixEnd(RecognitionContext context, int lastToken)
    {
        var length = PlacePrefixLength(context.Words[lastToken]);
        return length < context.Words[lastToken].Length ? context.Tokens[lastToken].Start + length : -1;
    }

    /// <summary>"London-based", "Paris-headquartered".</summary>
    public static bool HasPlaceSuffix(string word) => PlacePrefixLength(word) < word.Length;

    /// <summary>The length of "London" in "London-based", else of the whole word.</summary>
    private static int PlacePrefixLength(string word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && s_placeSuffixes.Contains(word[(hyphen + 1)..]) ? hyphen : word.Length;
    }

    /// <summary>The k-th token before <paramref name="start"/> in the same segment, or -1.</summary>
    private static int Previous(RecognitionContext context, int start, int k)
    {
        var i = start - k;
        return context.InSameSegment(i, start) ? i : -1;
    }

    private static int Next(RecognitionContext context, int end, int k)
    {
        var i = end - 1 + k;
        return context.InSameSegment(i, end - 1) ? i : -1;
    }
}
