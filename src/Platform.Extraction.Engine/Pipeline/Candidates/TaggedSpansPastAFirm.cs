using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Pipeline.Relations;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// 青穹资本投资经理, 青穹资本、朗岳, 青穹资本为栖岩智能天使轮投资方: LAC may read a firm's name on into a title, a list or a
/// clause as one new word. Where a firm's name found by its head noun starts the span and a title, a list's separator or a
/// copula follows it, the span is no name; the firm is.
/// </summary>
internal static partial class TaggedSpansPastAFirm
{
    public static void Remove(List<Candidate> candidates)
    {
        var firmsByStart = candidates.Where(c => c is { Type: EntityType.Organization, Source: CandidateSource.ChineseTagger } && c.Cue.StartsWith(OrganizationHeadCandidates.HeadNounCue, StringComparison.Ordinal))
            .ToLookup(c => c.Start);
        candidates.RemoveAll(c => c is { Entry: null, Source: CandidateSource.ChineseTagger } && c.Cue.StartsWith(ChineseCandidates.LacCue, StringComparison.Ordinal)
            && firmsByStart[c.Start].Any(f => f.Length < c.Length && WhatFollowsAFirm().IsMatch(c.Text[f.Length..])));
    }

    [GeneratedRegex(@"^(?:[、，,]|(?:为|是|系)(?=\p{IsCJKUnifiedIdeographs}{2})|\p{IsCJKUnifiedIdeographs}{0,2}?(?:" + RoleNouns.Chain + ")$)")]
    private static partial Regex WhatFollowsAFirm();
}
