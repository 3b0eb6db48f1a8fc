using System.Text;
using Platform.Extraction.Engine.KnowledgeBase;
using Platform.Extraction.Engine.Latin;
using Platform.Extraction.Engine.Pipeline.Candidates;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Resolution;

/// <summary>The mentions of one document believed to name one real-world thing, and why they were joined.</summary>
public sealed class EntityCluster(KnowledgeBaseEntry? entry)
{
    public KnowledgeBaseEntry? Entry { get; private set; } = entry;

    public List<Candidate> Mentions { get; } = [];

    public List<string> MergeReasons { get; } = [];

    /// <summary>Names the text says the entity went by before (曾用名, formerly): forms of it, never the name it is given.</summary>
    public HashSet<string> FormerNames { get; } = new(StringComparer.Ordinal);

    public IEnumerable<string> Forms => Derived.Forms;

    /// <summary>The KB type, else the confidence-weighted vote of the mentions' types (propagated copies have no vote).</summary>
    public EntityType Type => Derived.Type;

    /// <summary>The KB name, else the fullest Latin-script form, else the longest form; a former name only where there is no
    /// other.</summary>
    public string Name => Derived.Name;

    public string? NameZh => Entry?.NameZh ?? (LatinForms.Any() ? ChineseForms.OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).FirstOrDefault() : null);

    /// <summary>A KB id, or for names outside the KB an id derived from the canonical name, the same in every document.</summary>
    public string Id => Entry?.Id ?? "ent:" + Slug(Name);

    public IEnumerable<string> LatinForms => Derived.LatinForms;

    public IEnumerable<string> ChineseForms => Derived.ChineseForms;

    /// <summary>Gives every mention <paramref name="type"/>, where what the document says of the name outweighs how each was read,
    /// or so that they do not outvote the name they join (Copperline Valley of Copperline Valley Savings Bank read as a valley).</summary>
    public void Retype(EntityType type)
    {
        for (var i = 0; i < Mentions.Count; i++)
        {
            Mentions[i] = Mentions[i] with { Type = type };
        }
        _derived = null;
    }

    // Mentions are only added or retyped here, so their count and the KB entry say when the derived values are stale.
    private (int Count, KnowledgeBaseEntry? Entry, DerivedValues Values)? _derived;

    private DerivedValues Derived
    {
        get
        {
            if (_derived is not { } cached || cached.Count != Mentions.Count || cached.Entry != Entry)
            {
                cached = (Mentions.Count, Entry, Compute());
                _derived = cached;
            }
            return cached.Values;
        }
    }

    private sealed record DerivedValues(string[] Forms, string[] LatinForms, string[] ChineseForms, EntityType Type, string Name);

    private DerivedValues Compute()
    {
        var forms = Mentions.Select(m => m.Text).Distinct(StringComparer.Ordinal).ToArray();
        var latin = forms.Where(f => !f.Any(CharClass.IsCjk)).ToArray();
        var chinese = forms.Where(f => f.Any(CharClass.IsCjk)).ToArray();
        var voters = Mentions.Where(m => m.Source != CandidateSource.Propagated || Mentions.All(o => o.Source == CandidateSource.Propagated)).ToList();
        // "Marlow" of "Marlow Motors" reads as a surname on its own, 宁波舟山港 of 宁波舟山港集团 as a port; where the full
        // name was typed, the short form has no say.
        if (voters.Any(m => !IsShortFormIn(m.Text, latin, chinese)))
        {
            voters.RemoveAll(m => IsShortFormIn(m.Text, latin, chinese));
        }
        // "before starting Vantora", 行业大模型“绛河”: a type the words around a name give (a firm's verb, its head noun, its kind
        // before the quotes) outvotes the taggers' guesses from the name alone elsewhere in the text.
        var typedByContext = voters.Where(m => m.Cue == LatinCandidates.KindNounCue || m.Cue.StartsWith(NamingCueCandidates.QuotedWithItsKind, StringComparison.Ordinal))
            .Select(m => m.Type).ToHashSet();
        if (typedByContext.Count > 0)
        {
            voters.RemoveAll(m => (m.Cue == LatinTaggerCue || m.Source is CandidateSource.ChineseTagger or CandidateSource.ChineseRecognizer) && !typedByContext.Contains(m.Type));
        }
        var type = Entry?.Type ?? voters
            .GroupBy(m => m.Type)
            .OrderByDescending(g => g.Sum(m => m.Confidence))
            .ThenBy(g => g.Key)
            .First().Key;
        var current = forms.Where(f => !FormerNames.Contains(f)).ToArray() is { Length: > 0 } kept ? kept : forms;
        // A person's name written surname first ("Venkataraman, Meera") is not the one to give, nor a handle ("fernloop_ai").
        var name = Entry?.Name
            ?? latin.Where(current.Contains).OrderBy(f => (type == EntityType.Person && f.Contains(',')) || f.Contains('_'))
                .ThenByDescending(f => f.Count(c => c == ' ')).ThenByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).FirstOrDefault()
            ?? current.OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).First();
        return new DerivedValues(forms, latin, chinese, type, name);
    }

    private const string LatinTaggerCue = "Latin " + LatinSources.Tagger;

    private static bool IsShortFormIn(string form, string[] latinForms, string[] chineseForms) =>
        form.IndexOf(' ') < 0 && (latinForms.Any(f => f.Length > form.Length && f.Split(' ').Contains(form, StringComparer.Ordinal))
            || chineseForms.Any(f => f.Length > form.Length && f.StartsWith(form, StringComparison.Ordinal)));

    public void Absorb(EntityCluster other, string reason)
    {
        Mentions.AddRange(other.Mentions);
        MergeReasons.Add(reason);
        MergeReasons.AddRange(other.MergeReasons);
        FormerNames.UnionWith(other.FormerNames);
        Entry ??= other.Entry;
    }

    /// <summary>
    /// The id part of a name: letters and digits, other runs as one hyphen; the dots between the parts of a transliterated
    /// name as one '·', however many were typed (约翰··史密斯 and 约翰·史密斯 are one id).
    /// </summary>
    public static string Slug(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in MatchFolding.Key(name))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (c == '·')
            {
                if (sb.Length > 0 && sb[^1] != '·')
                {
                    sb.Append('·');
                }
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }
        return sb.ToString().Trim('-');
    }
}
