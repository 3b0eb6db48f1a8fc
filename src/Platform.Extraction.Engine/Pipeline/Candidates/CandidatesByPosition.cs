namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Candidates sorted by where they start, so that those overlapping a span are found by binary search instead of a
/// scan of the whole text's candidates for every span (which made the Chinese tagger's filter quadratic in the text).
/// </summary>
internal sealed class CandidatesByPosition
{
    private readonly Candidate[] _byStart;
    private readonly int _longest;

    public CandidatesByPosition(IEnumerable<Candidate> candidates)
    {
        _byStart = candidates.OrderBy(c => c.Start).ToArray();
        _longest = _byStart.Length == 0 ? 0 : _byStart.Max(c => c.Length);
    }

    /// <summary>The candidates sharing at least one character with [start, end), in order of their starts.</summary>
    public List<Candidate> Overlapping(int start, int end)
    {
        var found = new List<Candidate>();
        for (var i = FirstStartingAtOrAfter(start - _longest); i < _byStart.Length && _byStart[i].Start < end; i++)
        {
            if (_byStart[i].End > start)
            {
                found.Add(_byStart[i]);
            }
        }
        return found;
    }

    private int FirstStartingAtOrAfter(int position)
    {
        var (low, high) = (0, _byStart.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_byStart[middle].Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}
