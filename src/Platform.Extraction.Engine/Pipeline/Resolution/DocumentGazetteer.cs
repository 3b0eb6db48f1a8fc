using Platform.Extraction.Engine.Latin;
using Platform.Extraction.Engine.Pipeline.Candidates;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Resolution;

/// <summary>
/// One name, one referent per document: once a name is resolved, its other occurrences are mentions of the
/// same entity, and so are the parts of a person's full name (Nick Clegg → Nick, Clegg) that no other
/// person in the document shares.
/// </summary>
internal static class DocumentGazetteer
{
    /// <param name="abbreviations">Short forms of a cluster's name (清华 for 清华大学); an occurrence of one is a mention too.</param>
    /// <param name="isCommonWord">A word of everyday Chinese, which a tagger's guess may have run on past a name (行远智驾投资).</param>
    public static void Propagate(string text, List<EntityCluster> clusters, Func<string, bool> isCommonWord,
        Func<EntityCluster, IEnumerable<string>>? abbreviations = null)
    {
        // Which cluster's mention covers each character, if any.
        var occupied = new EntityCluster?[text.Length];
        foreach (var cluster in clusters)
        {
            foreach (var mention in cluster.Mentions)
            {
                Array.Fill(occupied, cluster, mention.Start, mention.Length);
            }
        }
        var sharedParts = clusters.Where(c => c.Type == EntityType.Person)
            .SelectMany(c => EntityResolver.PersonNames(c).SelectMany(EntityResolver.NameParts).Distinct().Select(p => (Part: p, Cluster: c)))
            .GroupBy(x => x.Part, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Cluster).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        // Longest names first, whichever cluster they belong to: 行远智驾 claims its occurrences before a guess 远智驾 can.
        var named = clusters.SelectMany(c => FormsToPropagate(c, sharedParts).Select(form => (Cluster: c, Form: form)))
            .OrderByDescending(x => x.Form.Length)
            .ToList();
        foreach (var (cluster, form) in named)
        {
            AddOccurrences(text, cluster, form, occupied, isCommonWord);
        }
        // A guess whose every mention a name read whole took over is gone.
        clusters.RemoveAll(c => c.Mentions.Count == 0);
        if (abbreviations is null)
        {
            return;
        }
        // A short form that one organisation alone goes by, or the one named nearest it (Keldris of Keldris Compute, not of
        // Keldris Sovereign Cloud GmbH); a Chinese one that several share (教育学部 of two universities' faculties) is, at each
        // occurrence, the one named in full last before it.
        var claims = clusters.SelectMany(c => abbreviations(c).Select(a => (Short: a, Cluster: c)))
            .GroupBy(x => x.Short, StringComparer.Ordinal)
            .Select(g => (Short: g.Key, Claimants: g.Select(x => x.Cluster).Distinct().ToList()))
            .Select(g => g.Claimants.Count > 1 && EntityResolver.FirmNamedNearest(g.Short, g.Claimants) is { } nearest ? (g.Short, Claimants: [nearest]) : g)
            .Where(g => g.Claimants.Count == 1 || g.Short.All(CharClass.IsHan))
            .OrderByDescending(g => g.Short.Length)
            .ToList();
        foreach (var (shortForm, claimants) in claims)
        {
            foreach (var cluster in claimants)
            {
                Func<int, bool>? isItsOccurrence = claimants.Count == 1 ? null : at => NamedLastBefore(claimants, shortForm, at) == cluster;
                if (AddOccurrences(text, cluster, shortForm, occupied, isCommonWord, isShortForm: true, midSentenceOnly: IsEverydayLatinWord(shortForm), isItsOccurrence) > 0)
                {
                    cluster.MergeReasons.Add(EntityResolver.AbbreviationReason(shortForm, cluster));
                }
            }
        }
        clusters.RemoveAll(c => c.Mentions.Count == 0);
    }

    private static EntityCluster? NamedLastBefore(List<EntityCluster> claimants, string shortForm, int at) =>
        claimants.SelectMany(c => c.Mentions.Where(m => m.Start < at && m.Text != shortForm).Select(m => (Cluster: c, m.Start)))
            .OrderByDescending(x => x.Start).Select(x => x.Cluster).FirstOrDefault();

    private static IEnumerable<string> FormsToPropagate(EntityCluster cluster, HashSet<string> sharedParts)
    {
        if (cluster.Mentions.Count == 0)
        {
            return []; // a guess a longer name took over
        }
        var forms = new HashSet<string>(StringComparer.Ordinal);
        if (cluster.Entry is null)
        {
            forms.UnionWith(cluster.Forms.Where(IsDistinctive));
        }
        if (cluster.Type == EntityType.Person)
        {
            forms.UnionWith(cluster.Forms.Where(f => !EntityResolver.IsSingleToken(f))
                .SelectMany(EntityResolver.NameParts).Where(p => !sharedParts.Contains(p) && IsDistinctive(p)));
        }
        return forms;
    }

    /// <summary>"Lattice" of Lattice Compute, "Meridian" of Meridian Health Systems: a short form that is an everyday word too.</summary>
    private static bool IsEverydayLatinWord(string form) => form.All(char.IsAsciiLetter) && LatinLexicon.Default.IsCommon(form.ToLowerInvariant());

    /// <param name="isShortForm">
    /// A short form before a model number is the brand of a product's name, not the firm (星衍 of 星衍H1, 声澜 of 声澜X2).
    /// </param>
    /// <param name="midSentenceOnly">
    /// Only where its capital says it is a name, inside a sentence ("to start Lattice with"), not opening one ("Lattice
    /// matters") unless a possessive follows ("Paramount's chief").
    /// </param>
    private static int AddOccurrences(string text, EntityCluster cluster, string form, EntityCluster?[] occupied, Func<string, bool> isCommonWord,
        bool isShortForm = false, bool midSentenceOnly = false, Func<int, bool>? isItsOccurrence = null)
    {
        var added = 0;
        if (cluster.Mentions.Count == 0)
        {
            return 0;
        }
        var template = cluster.Mentions[0];
        for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
        {
            var end = at + form.Length;
            if (!AtWordBoundaries(text, at, end)
                || (isShortForm && end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
                // "Paramount's executive vice president": an everyday adjective takes no possessive, so the word is the name.
                || (midSentenceOnly && !InsideASentence(text, at) && !LatinScript.IsPossessiveAt(text, end))
                || (isItsOccurrence is not null && !isItsOccurrence(at))
                || (!IsFree(occupied, at, end) && !TakeFromGuesses(text, at, end, cluster, occupied, isCommonWord)))
            {
                continue;
            }
            Array.Fill(occupied, cluster, at, form.Length);
            cluster.Mentions.Add(template with
            {
                Start = at, End = end, Text = form, Source = CandidateSource.Propagated,
                Confidence = Math.Min(template.Confidence, 0.7), Cue = "another occurrence of a resolved name",
            });
            added++;
        }
        return added;
    }

    /// <summary>A word, comma or dash stands before <paramref name="at"/> on its line (not a sentence's end).</summary>
    private static bool InsideASentence(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }
        return i >= 0 && (char.IsLetterOrDigit(text[i]) || text[i] is ',' or '—' or '–' or '(');
    }

    private static bool IsFree(EntityCluster?[] occupied, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (occupied[i] is not null)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A name is read whole where a concept was found inside it (超级智能 in 超级智能团队, AI in Microsoft AI Lab), or a
    /// tagger's guess no KB backs (LAC's place 青溪 in 青溪智能, named whole elsewhere; the English tagger's "Doinyo Field
    /// Station" or a cue's "轨者T3", of its type and ending with it, in "Ol Doinyo Field Station" and "巡轨者T3"), or a
    /// guess of the name's type that ran on from the name into an everyday word (行远智驾投资, but not the office 江北新区管委会
    /// of the place 江北新区): those mentions there give way, and so does a curated place inside an organisation's name
    /// (Nairobi in "the University of Nairobi's School of …"). Anything else in the way keeps the occurrence from being a
    /// mention.
    /// </summary>
    private static bool TakeFromGuesses(string text, int start, int end, EntityCluster cluster, EntityCluster?[] occupied, Func<string, bool> isCommonWord)
    {
        var others = new HashSet<EntityCluster>();
        for (var i = start; i < end; i++)
        {
            if (occupied[i] is not { } other)
            {
                continue;
            }
            if (other == cluster || (other.Type != EntityType.Concept && other.Entry is not null
                && !IsAPlaceInsideAnOrganization(other, i)))
            {
                return false;
            }
            others.Add(other);
        }
        var overlapping = others.SelectMany(c => c.Mentions.Where(m => m.Start < end && start < m.End).Select(m => (Cluster: c, Mention: m))).ToList();
        if (!overlapping.All(x => IsInside(x.Mention, x.Cluster) || (x.Cluster.Type == cluster.Type && RunsOnIntoAnEverydayWord(x.Mention))))
        {
            return false;
        }
        foreach (var (other, mention) in overlapping)
        {
            other.Mentions.Remove(mention);
            Array.Fill(occupied, null, mention.Start, mention.Length);
        }
        return true;

        bool IsAPlaceInsideAnOrganization(EntityCluster other, int at) =>
            other.Type == EntityType.Location && cluster.Type == EntityType.Organization && at > start;

        bool IsInside(Candidate mention, EntityCluster other) =>
            start <= mention.Start && mention.End <= end && mention.Length < end - start
            && (other.Type == EntityType.Concept || IsTaggersGuess(mention) || IsACopyOfAGuess(mention, other) || IsAPlaceInsideAnOrganization(other, mention.Start)
                || (mention.Source is CandidateSource.LatinRecognizer or CandidateSource.BookTitle && other.Type == cluster.Type && mention.End == end));

        bool RunsOnIntoAnEverydayWord(Candidate mention) =>
            IsTaggersGuess(mention) && mention.Start == start && mention.End > end
            && text[end..mention.End] is { Length: >= 2 } rest && rest.All(CharClass.IsCjk) && isCommonWord(rest)
            && !OrganizationHeadCandidates.EndsInHead(rest);
    }

    private static bool IsTaggersGuess(Candidate mention) => mention.Source is CandidateSource.ChineseTagger or CandidateSource.ChineseRecognizer;

    // 元启智 copied from the tagger's one guess (元启智驾获得…) to the next 元启智驾 is no surer than the guess.
    private static bool IsACopyOfAGuess(Candidate mention, EntityCluster cluster) =>
        mention.Source == CandidateSource.Propagated && cluster.Mentions.All(m => m.Source == CandidateSource.Propagated || IsTaggersGuess(m));

    /// <summary>
    /// Long enough and, in Latin script, capitalised or of several words one of which is no everyday word
    /// ("superintelligence team"): not a common word that happens to match.
    /// </summary>
    private static bool IsDistinctive(string form) =>
        form.Any(CharClass.IsCjk) ? form.Length >= 2
        : form.Length >= 3 && (char.IsUpper(form[0]) || (form.Contains(' ') && form.Split(' ').Any(w => w.Length >= 3 && !LatinLexicon.Default.IsCommon(w))));

    private static bool AtWordBoundaries(string text, int start, int end) =>
        (start == 0 || !CharClass.IsWordChar(text[start - 1]) || !CharClass.IsWordChar(text[start]))
        && (end == text.Length || !CharClass.IsWordChar(text[end]) || !CharClass.IsWordChar(text[end - 1]));
}
