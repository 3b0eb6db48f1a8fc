using Platform.Extraction.Engine.Pipeline.Candidates;
using Platform.Extraction.Engine.Pipeline.Relations;

namespace Platform.Extraction.Engine.Tests.Pipeline;

/// <summary>The lookups that keep the engine from reading the same thing twice give what reading it again would.</summary>
public class ReadingOnceTests
{
    [Fact]
    public void CandidatesByPosition_FindsExactlyTheCandidatesOverlappingASpan()
    {
        var random = new Random(7);
        var candidates = Enumerable.Range(0, 300).Select(_ =>
        {
            var start = random.Next(0, 1000);
            var end = start + random.Next(1, random.Next(2) == 0 ? 4 : 40);
            return new Candidate(start, end, "x", EntityType.Organization, 0.9, CandidateSource.ChineseRecognizer);
        }).ToList();
        var byPosition = new CandidatesByPosition(candidates);

        for (var start = 0; start < 1040; start += 3)
        {
            var end = start + 1 + (start % 17);
            var expected = candidates.Where(c => c.Start < end && start < c.End).ToHashSet(ReferenceEqualityComparer.Instance);
            var found = byPosition.Overlapping(start, end);
            Assert.Equal(expected.Count, found.Count);
            Assert.All(found, c => Assert.Contains(c, expected));
        }
    }

    [Fact]
    public void StatedRelationsMemo_ReadsASentenceAgainOnlyWhenItsArgumentsOrSpeakerChanged()
    {
        const string text = "We hired Ana Ruiz from Kestrel Labs.";
        var ana = new RelationArgument(9, 17, "ana", EntityType.Person);
        var kestrel = new RelationArgument(23, 35, "kestrel", EntityType.Organization);
        var we = new RelationArgument(0, 2, "orbit", EntityType.Organization, IsWe: true);
        var memo = new StatedRelationsMemo();
        var reads = 0;
        List<ExtractedRelation> Read() { reads++; return []; }

        memo.GetOrAdd(0, SentenceTemplate.Build(text, 0, text.Length, [ana, kestrel]), null, null, Read);
        memo.GetOrAdd(0, SentenceTemplate.Build(text, 0, text.Length, [ana, kestrel]), null, null, Read);
        Assert.Equal(1, reads);

        memo.GetOrAdd(0, SentenceTemplate.Build(text, 0, text.Length, [we, ana, kestrel]), null, null, Read);
        memo.GetOrAdd(0, SentenceTemplate.Build(text, 0, text.Length, [ana, kestrel with { EntityId = "kestrel-2" }]), null, null, Read);
        memo.GetOrAdd(0, SentenceTemplate.Build(text, 0, text.Length, [ana, kestrel]), null, new RelationArgument(0, 0, "dana", EntityType.Person), Read);
        Assert.Equal(4, reads);
    }
}
