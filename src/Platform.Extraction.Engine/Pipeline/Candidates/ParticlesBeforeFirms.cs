using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// "那翎渊打算怎么追？" beside 翎渊智能, "经深潜科技编辑整理" beside 深潜科技, "通过蹊径有限公司" beside 蹊径有限公司, "像鹿溪机器人、卓渊视觉" beside
/// 鹿溪机器人: a tagger reads the demonstrative or preposition before a
/// firm's short form into a name of its own (a person's, a place's). What follows it is the firm, named by its candidates.
/// </summary>
internal static partial class ParticlesBeforeFirms
{
    public static void Remove(List<Candidate> candidates)
    {
        var firms = candidates.Where(c => c.Type == EntityType.Organization).Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        candidates.RemoveAll(c => c is { Entry: null, Source: CandidateSource.ChineseTagger or CandidateSource.ChineseRecognizer, Length: >= 3 }
            && LeadingParticle().Match(c.Text) is { Success: true } particle
            && firms.Any(f => f.Length >= c.Length - particle.Length && f.StartsWith(c.Text[particle.Length..], StringComparison.Ordinal)));
    }

    // "| 通过蹊径有限公司及员工持股平台 |": in a table's cell nothing before the verb ends the name.
    [GeneratedRegex("^(?:通过|[那这该其在和与对向把被让给跟从经过像])")]
    private static partial Regex LeadingParticle();
}
