using Platform.Extraction.Engine.Chinese;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// A headline is telegraphic (AI推理芯片企业芯衡科技冲刺科创板, 深瞳智影肺结节AI辅助诊断软件获批三类证), and the tagger reads a
/// firm's name with the words around it as one organisation. Such a span in a heading, named nowhere else, holding the name
/// of an organisation the body names (or its first four characters or more: 芯澜半导体 of 芯澜半导体科技股份有限公司) and not
/// ending as an organisation's name does, is no name.
/// </summary>
internal static class HeadlinePhrases
{
    public static void RemoveFrom(string text, string? title, List<Candidate> candidates)
    {
        if (string.IsNullOrEmpty(title))
        {
            return;
        }
        // The text's full-width punctuation is folded by now; the title's is not (芯澜半导体冲刺科创板：招股书…).
        title = HalfWidth.Fold(title);
        var phrases = candidates.Where(c => c is { Source: CandidateSource.ChineseTagger or CandidateSource.ChineseRecognizer, Type: EntityType.Organization }
            && title.Contains(c.Text, StringComparison.Ordinal) && IsInTheHeading(text, c, title) && OrganizationHeadCandidates.HeadOf(c.Text) is null
            && text.IndexOf(c.Text, c.End, StringComparison.Ordinal) < 0
            && candidates.Any(named => named.Type == EntityType.Organization && named.Start >= c.End
                && WithoutLegalForm(named.Text) is { Length: >= 2 } name && name.Length < c.Length
                && (c.Text.Contains(name, StringComparison.Ordinal) || c.Text.AsSpan().CommonPrefixLength(name) >= 4))).ToHashSet();
        candidates.RemoveAll(phrases.Contains);
    }

    // 墨芯科技 of 墨芯科技有限公司, named in full in the body.
    private static string WithoutLegalForm(string name) =>
        KnowledgeBaseCandidates.ChineseLegalForms.FirstOrDefault(f => name.EndsWith(f, StringComparison.Ordinal)) is { } form ? name[..^form.Length] : name;

    // Markup is blanked by now, so the heading is the line that spells the title.
    private static bool IsInTheHeading(string text, Candidate candidate, string title)
    {
        var lineStart = TextLines.StartOf(text, candidate.Start);
        return text.AsSpan(lineStart, TextLines.EndOf(text, candidate.End) - lineStart).Trim().SequenceEqual(title.AsSpan().Trim());
    }
}
