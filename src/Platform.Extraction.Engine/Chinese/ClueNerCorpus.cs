using System.Text.Json;
using Platform.Extraction.Engine.Latin;

namespace Platform.Extraction.Engine.Chinese;

/// <summary>A Chinese sentence with one gold BIO tag (<see cref="BioTags"/>) per UTF-16 character.</summary>
public sealed record CharacterTaggedSentence(string Text, int[] Tags);

/// <summary>
/// Reads CLUENER2020 (one JSON object a line: <c>text</c>, <c>label</c> {type: {surface: [[start, end_inclusive]]}})
/// into character BIO sequences of our types: name → PER; company, organization, government → ORG;
/// address, scene → LOC; game → PRODUCT; book, movie → WORK; position is left untagged. The held-out split
/// is every tenth sentence (line numbers 10, 20, …), so it is the same on every run.
/// </summary>
public static class ClueNerCorpus
{
    public const int HeldOutEvery = 10;

    public static EntityType? MapType(string label) => label switch
    {
        "name" => EntityType.Person,
        "company" or "organization" or "government" => EntityType.Organization,
        "address" or "scene" => EntityType.Location,
        "game" => EntityType.Product,
        "book" or "movie" => EntityType.Work,
        _ => null,
    };

    /// <summary>True for the sentences kept out of training (0-based line index).</summary>
    public static bool IsHeldOut(int lineIndex) => lineIndex % HeldOutEvery == HeldOutEvery - 1;

    /// <summary>The training and held-out sentences of <paramref name="path"/> (train.jsonl).</summary>
    public static (List<CharacterTaggedSentence> Train, List<CharacterTaggedSentence> HeldOut) ReadSplit(string path)
    {
        var train = new List<CharacterTaggedSentence>();
        var heldOut = new List<CharacterTaggedSentence>();
        var index = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            (IsHeldOut(index++) ? heldOut : train).Add(Parse(line));
        }

        return (train, heldOut);
    }

    public static CharacterTaggedSentence Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var text = document.RootElement.GetProperty("text").GetString() ?? "";
        var tags = new int[text.Length];
        if (document.RootElement.TryGetProperty("label", out var labels) && labels.ValueKind == JsonValueKind.Object)
        {
            // Sorted, so that overlapping annotations (rare) resolve the same way every run: the first one stays.
            var spans = new List<(int Start, int End, int TypeIndex)>();
            foreach (var type in labels.EnumerateObject())
            {
                if (MapType(type.Name) is not { } mapped)
                {
                    continue;
                }

                foreach (var surface in type.Value.EnumerateObject())
                {
                    foreach (var range in surface.Value.EnumerateArray())
                    {
                        var start = range[0].GetInt32();
                        var end = range[1].GetInt32() + 1;
                        if (start >= 0 && end <= text.Length && start < end)
                        {
                            spans.Add((start, end, BioTags.IndexOf(mapped)));
                        }
                    }
                }
            }

            foreach (var (start, end, typeIndex) in spans.OrderBy(s => s.Start).ThenByDescending(s => s.End))
            {
                if (tags.AsSpan(start, end - start).ContainsAnyExcept(BioTags.Outside))
                {
                    continue;
                }

                tags[start] = BioTags.Begin(typeIndex);
                tags.AsSpan(start + 1, end - start - 1).Fill(BioTags.Inside(typeIndex));
            }
        }

        return new CharacterTaggedSentence(text, tags);
    }
}
