using Platform.Extraction.Engine.Pipeline.Relations;

namespace Platform.Extraction.Engine.Tests.Pipeline;

/// <summary>A relation pattern is skipped only for sentences lacking every word it cannot match without.</summary>
public class RequiredWordsTests
{
    [Theory]
    [InlineData(@"⟦(?<s>\d+):[P]⟧\s+(?:co-?)?founded\s+⟦(?<o>\d+):[O]⟧", "founded")]
    [InlineData(@"⟦(?<s>\d+):[P]⟧\s*(?:former\s+)?(?:founded|started|创立)\s*⟦(?<o>\d+):[O]⟧", "founded|started|创立")]
    [InlineData(@"⟦(?<o>\d+):[O]⟧(?:[\p{IsCJKUnifiedIdeographs}-[的是在]]|⟦\d+:C⟧){0,6}?任命", "任命")]
    [InlineData(@"\b(?:former\s+|ex-)⟦(?<o>\d+):[O]⟧\s+(?:lawyers|engineers)", "lawyers|engineers")]
    [InlineData(@"⟦(?<s>\d+):[P]⟧\s+who is\s+⟦(?<o>\d+):[O]⟧", "who is")]
    [InlineData(@"⟦(?<s>\d+):[P]⟧x{2,}", "x")]
    public void Find_GivesTheWordsEveryMatchContains(string pattern, string expected)
    {
        Assert.Equal(expected.Split('|').Order(), RequiredWords.Find(pattern)!.Order());
    }

    [Theory]
    [InlineData(@"⟦(?<s>\d+):[P]⟧\s*(?:founded)?\s*⟦(?<o>\d+):[O]⟧")]
    [InlineData(@"⟦(?<s>\d+):[P]⟧\s*(?:founded|\w+)\s*⟦(?<o>\d+):[O]⟧")]
    [InlineData(@"(?<=founded\s+)⟦(?<o>\d+):[O]⟧")]
    [InlineData(@"⟦(?<s>\d+):[P]⟧x{0,3}")]
    [InlineData(@"(founded)\s+\1")]
    [InlineData(@"(?(founded)a|b)")]
    public void Find_GivesNothingWhereAMatchNeedsNoWordOrThePatternIsUnreadable(string pattern)
    {
        Assert.Null(RequiredWords.Find(pattern));
    }

    [Fact]
    public void MayMatch_IgnoresCaseAsThePatternDoes()
    {
        var pattern = new RelationPattern("founder_of", @"{P:s}\s+founded\s+{O:o}");

        Assert.True(pattern.MayMatch("⟦1:P⟧ FOUNDED ⟦2:O⟧"));
        Assert.Matches(pattern.Regex, "⟦1:P⟧ FOUNDED ⟦2:O⟧");
        Assert.False(pattern.MayMatch("⟦1:P⟧ joined ⟦2:O⟧"));
    }

    [Fact]
    public void Find_NeverMissesAWordOfAMatch_OnRandomPatternsAndTexts()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 3000; trial++)
        {
            var pattern = RandomPattern(random, depth: 3);
            var words = RequiredWords.Find(pattern);
            if (words is null)
            {
                continue;
            }
            var regex = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase);
            for (var text = 0; text < 40; text++)
            {
                var sample = new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => "abcAB x"[random.Next(7)]).ToArray());
                if (regex.IsMatch(sample))
                {
                    Assert.True(words.Any(w => sample.Contains(w, StringComparison.OrdinalIgnoreCase)),
                        $"/{pattern}/ matches \"{sample}\" without any of: {string.Join(", ", words)}");
                }
            }
        }
    }

    // Patterns over a, b, c and space with the constructs the relation patterns use: groups named or not,
    // alternation, classes, lookarounds, word boundaries and every kind of quantifier (unbounded ones on single
    // characters only, as in the relation patterns, which keeps the regex engine out of runaway backtracking).
    private static string RandomPattern(Random random, int depth)
    {
        var parts = Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(depth > 0 ? 10 : 5) switch
        {
            0 or 1 or 2 => "abc "[random.Next(4)] + Quantifier(random, unbounded: true),
            3 => "[ab]" + Quantifier(random, unbounded: true),
            4 => @"\b",
            5 => $"(?:{RandomPattern(random, depth - 1)}|{RandomPattern(random, depth - 1)}){Quantifier(random, unbounded: false)}",
            6 => $"(?<g>{RandomPattern(random, depth - 1)}){Quantifier(random, unbounded: false)}",
            7 => $"(?={RandomPattern(random, depth - 1)})",
            8 => $"(?<!{RandomPattern(random, depth - 1)})",
            _ => $"({RandomPattern(random, depth - 1)}){Quantifier(random, unbounded: false)}",
        });
        return string.Concat(parts);
    }

    private static string Quantifier(Random random, bool unbounded) => random.Next(7) switch
    {
        0 => "?",
        1 => "{0,2}",
        2 => "{1,2}?",
        3 when unbounded => "*",
        4 when unbounded => "+?",
        _ => "",
    };
}
