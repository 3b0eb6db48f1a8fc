using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Pipeline.Relations;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// A hiring post's header ("Carrowmed | Senior Backend Engineer | Boston, MA | ONSITE", see <see cref="JobPosts"/>) opens
/// with the firm, whatever a tagger reads a new name as (a person, "Carrowmed"); its role ("Senior Product Designer") and
/// the way one works ("ONSITE or REMOTE (EU/US)") name nothing. The places between stay.
/// </summary>
internal static class JobPostHeaders
{
    public static void Apply(string text, List<Candidate> candidates)
    {
        foreach (Match header in JobPosts.Header().Matches(text))
        {
            var (firmStart, firmEnd) = JobPosts.Firm(text, header);
            var role = header.Groups["role"];
            var lineEnd = header.Index + header.Length;
            var modes = JobPosts.Fields(text, role.Index + role.Length + 1, lineEnd)
                .Where(f => JobPosts.WorkMode().IsMatch(text.AsSpan(f.Start, f.End - f.Start))).ToList();
            var listed = candidates.Any(c => c.Entry is not null && c.Start == firmStart && c.End == firmEnd);
            candidates.RemoveAll(c => c.Entry is null && c.Start < lineEnd && c.End > header.Index
                && ((c.Start < firmEnd && c.End > firmStart) || (c.Start < role.Index + role.Length && c.End > role.Index)
                    || modes.Any(f => c.Start < f.End && c.End > f.Start)));
            if (!listed && firmEnd - firmStart >= 2)
            {
                candidates.Add(new Candidate(firmStart, firmEnd, text[firmStart..firmEnd], EntityType.Organization, 0.85, CandidateSource.LatinRecognizer,
                    Cue: "a hiring post's firm"));
            }
        }
    }
}
