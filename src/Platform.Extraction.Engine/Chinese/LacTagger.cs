using System.Buffers;
using System.Collections.Concurrent;

namespace Platform.Extraction.Engine.Chinese;

/// <summary>
/// Tags Chinese sentences with LAC-small, bit-for-bit the input jieba's <c>lac_small</c> would feed the
/// network (half-width folded, whitespace stripped at both ends, one token per code point, unknown chars
/// as OOV). Thread-safe; each call runs on the calling thread with pooled buffers.
/// </summary>
/// <remarks>
/// With AVX2 the products of hidden states are taken in 16-bit integers (<see cref="QuantizedGemm"/>), 1.6× faster than
/// float on an AVX2-only CPU; the tags then differ from the float network's on about one word in ten thousand
/// (<c>LacQuantizationTests</c>).
/// </remarks>
public sealed class LacTagger
{
    private readonly ConcurrentBag<LacForwardPass> _workspaces = [];

    private readonly bool _quantized;

    /// <summary>A tagger that multiplies hidden states in 16-bit integers where the CPU has AVX2, else in float.</summary>
    public LacTagger(LacModel model)
        : this(model, QuantizedGemm.IsHardwareAccelerated)
    {
    }

    /// <param name="quantized">16-bit hidden-state products (<see cref="QuantizedGemm"/>, needs AVX2); false: float throughout.</param>
    internal LacTagger(LacModel model, bool quantized)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        if (quantized && !QuantizedGemm.IsHardwareAccelerated)
        {
            throw new PlatformNotSupportedException("the quantised LAC network needs AVX2");
        }

        _quantized = quantized;
    }

    public LacModel Model { get; }

    public LacTaggedSentence Tag(string sentence) => Tag([sentence])[0];

    /// <summary>
    /// Tags every sentence; the result has one entry per input, in input order. Sentences are sorted by
    /// length and run up to <see cref="LacForwardPass.MaxBatchSentences"/> at a time in lockstep, so passing
    /// many sentences together is much faster than one by one.
    /// </summary>
    public IReadOnlyList<LacTaggedSentence> Tag(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var count = sentences.Count;
        var totalChars = 0;
        for (var i = 0; i < count; i++)
        {
            totalChars += (sentences[i] ?? throw new ArgumentException($"sentence {i} is null", nameof(sentences))).Length;
        }

        var ids = ArrayPool<int>.Shared.Rent(Math.Max(totalChars, 1));
        var positions = ArrayPool<int>.Shared.Rent(Math.Max(totalChars, 1));
        var tags = ArrayPool<byte>.Shared.Rent(Math.Max(totalChars, 1));
        var sentenceInfo = ArrayPool<int>.Shared.Rent(Math.Max(count * 4, 1));
        var order = ArrayPool<int>.Shared.Rent(Math.Max(count, 1));
        var lengthKeys = ArrayPool<int>.Shared.Rent(Math.Max(count, 1));
        var workspace = RentWorkspace();
        try
        {
            var starts = sentenceInfo.AsSpan(0, count);
            var lengths = sentenceInfo.AsSpan(count, count);
            var taggedStarts = sentenceInfo.AsSpan(2 * count, count);
            var taggedEnds = sentenceInfo.AsSpan(3 * count, count);
            var tokenCount = 0;
            for (var i = 0; i < count; i++)
            {
                starts[i] = tokenCount;
                lengths[i] = Encode(sentences[i], ids.AsSpan(tokenCount), positions.AsSpan(tokenCount), out taggedStarts[i], out taggedEnds[i]);
                tokenCount += lengths[i];
            }

            RunInBatches(workspace, ids, starts, lengths, order.AsSpan(0, count), lengthKeys.AsSpan(0, count), tags);

            var results = new LacTaggedSentence[count];
            for (var i = 0; i < count; i++)
            {
                results[i] = BuildResult(sentences[i], positions.AsSpan(starts[i], lengths[i]), tags.AsSpan(starts[i], lengths[i]),
                    taggedStarts[i], taggedEnds[i]);
            }

            return results;
        }
        finally
        {
            _workspaces.Add(workspace);
            ArrayPool<int>.Shared.Return(ids);
            ArrayPool<int>.Shared.Return(positions);
            ArrayPool<byte>.Shared.Return(tags);
            ArrayPool<int>.Shared.Return(sentenceInfo);
            ArrayPool<int>.Shared.Return(order);
            ArrayPool<int>.Shared.Return(lengthKeys);
        }
    }

    /// <summary>
    /// Tags a whole text cut by <see cref="ChineseSentenceSplitter"/>; spans are in the text's UTF-16 offsets.
    /// </summary>
    public IReadOnlyList<LacSpan> TagText(string text, int maxChunkLength = ChineseSentenceSplitter.DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chunks = ChineseSentenceSplitter.Split(text, maxChunkLength)
            .Where(chunk => !text.AsSpan(chunk.Start, chunk.Length).IsWhiteSpace())
            .ToList();
        var tagged = Tag(chunks.ConvertAll(chunk => text.Substring(chunk.Start, chunk.Length)));
        var spans = new List<LacSpan>(text.Length / 2);
        for (var i = 0; i < chunks.Count; i++)
        {
            foreach (var span in tagged[i].Spans)
            {
                spans.Add(span.Shift(chunks[i].Start));
            }
        }

        return spans;
    }

    private void RunInBatches(LacForwardPass workspace, int[] ids, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths,
        Span<int> order, Span<int> lengthKeys, byte[] tags)
    {
        var nonEmpty = 0;
        for (var i = 0; i < lengths.Length; i++)
        {
            if (lengths[i] > 0)
            {
                order[nonEmpty] = i;
                lengthKeys[nonEmpty] = -lengths[i];
                nonEmpty++;
            }
        }

        // Longest first; equal lengths keep input order (Array.Sort is unstable, so the index breaks ties).
        lengthKeys[..nonEmpty].Sort(order[..nonEmpty]);
        SortEqualRunsByIndex(lengthKeys[..nonEmpty], order[..nonEmpty]);

        Span<int> batchStarts = stackalloc int[LacForwardPass.MaxBatchSentences];
        Span<int> batchLengths = stackalloc int[LacForwardPass.MaxBatchSentences];
        for (var first = 0; first < nonEmpty;)
        {
            var size = 0;
            var rows = 0;
            while (first + size < nonEmpty && size < LacForwardPass.MaxBatchSentences
                   && (size == 0 || rows + lengths[order[first + size]] <= LacForwardPass.MaxBatchRows))
            {
                batchStarts[size] = starts[order[first + size]];
                batchLengths[size] = lengths[order[first + size]];
                rows += batchLengths[size];
                size++;
            }

            workspace.Run(ids, batchStarts[..size], batchLengths[..size], tags);
            first += size;
        }
    }

    private static void SortEqualRunsByIndex(Span<int> keys, Span<int> order)
    {
        for (var runStart = 0; runStart < keys.Length;)
        {
            var runEnd = runStart + 1;
            while (runEnd < keys.Length && keys[runEnd] == keys[runStart])
            {
                runEnd++;
            }

            order[runStart..runEnd].Sort();
            runStart = runEnd;
        }
    }

    /// <summary>reader_small.get_vars: <c>str.strip()</c>, then one id per code point ("OOV" when unknown).</summary>
    private int Encode(string sentence, Span<int> ids, Span<int> positions, out int taggedStart, out int taggedEnd)
    {
        var start = 0;
        var end = sentence.Length;
        while (start < end && IsPythonWhitespace(HalfWidth.Fold(sentence[start])))
        {
            start++;
        }

        while (end > start && IsPythonWhitespace(HalfWidth.Fold(sentence[end - 1])))
        {
            end--;
        }

        taggedStart = start;
        taggedEnd = end;
        var vocabulary = Model.Vocabulary;
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var c = sentence[i];
            positions[count] = i;
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(sentence[i + 1]))
            {
                ids[count++] = vocabulary.IdOfSupplementary(char.ConvertToUtf32(c, sentence[i + 1]));
                i++;
            }
            else
            {
                ids[count++] = vocabulary.IdOf(c);
            }
        }

        return count;
    }

    /// <summary>Python's str.isspace: .NET's whitespace plus the separators U+001C–U+001F.</summary>
    private static bool IsPythonWhitespace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';

    private LacTaggedSentence BuildResult(string sentence, ReadOnlySpan<int> positions, ReadOnlySpan<byte> tokenTags, int taggedStart, int taggedEnd)
    {
        var labels = Model.Labels;
        var perChar = new byte[sentence.Length];
        Array.Fill(perChar, labels.OutsideId);
        for (var k = 0; k < positions.Length; k++)
        {
            var position = positions[k];
            perChar[position] = tokenTags[k];
            var next = k + 1 < positions.Length ? positions[k + 1] : taggedEnd;
            if (next - position == 2)
            {
                perChar[position + 1] = labels.ContinuationOf(tokenTags[k]);
            }
        }

        return new LacTaggedSentence(sentence, perChar, labels, taggedStart, taggedEnd);
    }

    private LacForwardPass RentWorkspace() => _workspaces.TryTake(out var workspace) ? workspace : new LacForwardPass(Model, _quantized);
}
