using Platform.Extraction.Engine.Chinese;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>A piece of a Chinese sentence as LAC-small takes it (<see cref="ChineseSentenceSplitter"/>) and LAC's reading of it.</summary>
/// <param name="Start">Where the piece starts in the text.</param>
internal sealed record LacChunk(int Start, LacTaggedSentence Words)
{
    public int Length => Words.Text.Length;
}

/// <summary>
/// The sentences with Chinese characters, read once by LAC-small: its names become candidates
/// (<see cref="ChineseCandidates"/>) and its words are features of the character tagger (<see cref="ChineseRecognizerCandidates"/>).
/// </summary>
internal static class LacChunks
{
    // Chunks are tagged this many at a time, so that a cancelled extraction stops between batches (LAC batches 64 at once).
    private const int ChunksPerCall = 128;

    public static IReadOnlyList<LacChunk> Read(string text, IReadOnlyList<TextSpan> sentences, LacTagger lac, CancellationToken cancellationToken = default)
    {
        var chunks = new List<TextChunk>();
        foreach (var sentence in sentences)
        {
            if (!ContainsCjk(text.AsSpan(sentence.Start, sentence.Length)))
            {
                continue;
            }

            foreach (var chunk in ChineseSentenceSplitter.Split(text.Substring(sentence.Start, sentence.Length)))
            {
                chunks.Add(chunk with { Start = sentence.Start + chunk.Start });
            }
        }

        var read = new List<LacChunk>(chunks.Count);
        foreach (var batch in chunks.Chunk(ChunksPerCall))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tagged = lac.Tag(batch.Select(c => text.Substring(c.Start, c.Length)).ToList());
            read.AddRange(batch.Zip(tagged, (chunk, words) => new LacChunk(chunk.Start, words)));
        }

        return read;
    }

    private static bool ContainsCjk(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (CharClass.IsCjk(c))
            {
                return true;
            }
        }

        return false;
    }
}
