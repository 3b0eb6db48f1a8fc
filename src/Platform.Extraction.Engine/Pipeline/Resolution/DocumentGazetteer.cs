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
    public static void Propagate(string text, List<EntityCluster> clusters, Func<EntityCluster, IEnumerable<string>>? abbreviations = null)
    {
        var occupied = new bool[text.Length];
        foreach (var mention in clusters.SelectMany(c => c.Mentions))
        {
            Array.Fill(occupied, true, mention.Start, mention.Length);
        }
        var sharedParts = clusters.Where(c => c.Type == EntityType.Person)
            .SelectMany(c => EntityResolver.PersonNames(c).SelectMany(EntityResolver.NameParts).Distinct().Select(p => (Part: p, Cluster: c)))
            .GroupBy(x => x.Part, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Cluster).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
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
            foreach (var form in forms.OrderByDescending(f => f.Length))
            {
                AddOccurrences(text, cluster, form, occupied);
            }
        }
        if (abbreviations is null)
        {
            return;
        }
        // Only a short form that one organisation alone goes by.
        var owned = clusters.SelectMany(c => abbreviations(c).Select(a => (Short: a, Cluster: c)))
            .GroupBy(x => x.Short, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Cluster).Distinct().Count() == 1)
            .Select(g => g.First())
            .OrderByDescending(x => x.Short.Length)
            .ToList();
        foreach (var (shortForm, cluster) in owned)
        {
            if (AddOccurrences(text, cluster, shortForm, occupied) > 0)
            {
                cluster.MergeReasons.Add(EntityResolver.AbbreviationReason(shortForm, cluster));
            }
        }
    }

    private static int AddOccurrences(string text, EntityCluster cluster, string form, bool[] occupied)
    {
        var added = 0;
        var template = cluster.Mentions[0];
        for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
        {
            var end = at + form.Length;
            if (Array.IndexOf(occupied, true, at, form.Length) >= 0 || !AtWordBoundaries(text, at, end))
            {
                continue;
            }
            Array.Fill(occupied, true, at, form.Length);
            cluster.Mentions.Add(template with
            {
                Start = at, End = end, Text = form, Source = CandidateSource.Propagated,
                Confidence = Math.Min(template.Confidence, 0.7), Cue = "another occurrence of a resolved name",
            });
            added++;
        }
        return added;
    }

    /// <summary>Long enough and, in Latin script, capitalised: not a common word that happens to match.</summary>
    private static bool IsDistinctive(string form) =>
        form.Any(CharClass.IsCjk) ? form.Length >= 2 : form.Length >= 3 && char.IsUpper(form[0]);

    private static bool AtWordBoundaries(string text, int start, int end) =>
        (start == 0 || !CharClass.IsWordChar(text[start - 1]) || !CharClass.IsWordChar(text[start]))
        && (end == text.Length || !CharClass.IsWordChar(text[end]) || !CharClass.IsWordChar(text[end - 1]));
}
