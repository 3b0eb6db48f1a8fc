using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Pipeline.Relations;

namespace Platform.Extraction.Engine.Tests.Pipeline;

/// <summary>
/// The relation patterns run compiled (<see cref="RegexOptions.Compiled"/>). The compiler once failed where the
/// interpreter did not: with a lazy loop in the list separator's description of the next member (and later one before
/// "customers, such as", and words before and after "customers include"), the compiled patterns with a list threw <see cref="IndexOutOfRangeException"/> (or, in Array.Resize, <see cref="ArgumentOutOfRangeException"/>) on the templates below
/// (dotnet/runtime#129511). Patterns are matched through <see cref="RelationPattern.IsMatch"/>, which falls back to the
/// interpreter there; whichever engine answers, the answer must be the interpreter's.
/// </summary>
public class RelationPatternRegexTests
{
    [Theory]
    [InlineData("⟦12:O⟧ raised €120 million in a Series B round in June led by ⟦13:O⟧, with participation from ⟦14:O⟧ and the Dutch state-backed fund ⟦15:O⟧.")]
    [InlineData("⟦1:O⟧的投资方包括⟦2:O⟧、⟦3:O⟧和国有基金⟦4:O⟧。")]
    [InlineData("Title: ⟦0:O⟧'s cloud revenue jumps 48% as ⟦1:C⟧ customers pile in")]
    [InlineData("⟦0:O⟧ anchor customer is ⟦1:L⟧ lender ⟦2:O⟧.")]
    public void EveryPattern_MatchesAsTheInterpreterDoes(string template)
    {
        foreach (var pattern in RelationPatterns.All)
        {
            var interpreted = new Regex(pattern.Regex.ToString(), pattern.Regex.Options & ~RegexOptions.Compiled);
            Assert.True(interpreted.IsMatch(template) == pattern.IsMatch(template), $"{pattern.Predicate} /{pattern.Regex}/");
            Assert.Equal(interpreted.Matches(template).Select(m => m.Index), pattern.Matches(template).Select(m => m.Index));
        }
    }
}
