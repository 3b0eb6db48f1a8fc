using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// The subject a coordinated English clause leaves out: in "Farouk spent four years at Anthropic, where she …, and before
/// that was a research scientist at Google Brain" the one who was a research scientist is the sentence's subject. The
/// subject is a person the sentence opens with; the clause is one that ", and" opens with a verb of a career, perhaps
/// after an adverb of time. A zero-width mention of that person is placed before the verb, so the cue patterns read it.
/// </summary>
internal static partial class ElidedSubjects
{
    public static IEnumerable<RelationArgument> Find(string text, int start, int end, List<RelationArgument> inSentence)
    {
        if (inSentence.FirstOrDefault() is not { Type: EntityType.Person } subject
            || text.AsSpan(start, subject.Start - start).IndexOfAny(",，;:") >= 0)
        {
            yield break;
        }
        for (var match = Clause().Match(text, subject.End, end - subject.End); match.Success; match = match.NextMatch())
        {
            var at = match.Index + match.Length;
            if (!inSentence.Any(m => m.Start <= at && at < m.End))
            {
                yield return new RelationArgument(at, at, subject.EntityId, EntityType.Person);
            }
        }
    }

    [GeneratedRegex(@"[,;]\s*and(?:\s+(?:before that|after that|then|later|previously|earlier|now|also|since then|in \d{4})\s*,?)?(?=\s+(?:was|has been|had been|worked|ran|led|joined|served|spent|co-?founded|founded|started|became|left)\b)")]
    private static partial Regex Clause();
}
