using System.Text;

namespace Platform.LoadHarness.Corpus;

public enum CorpusLanguage { Chinese, English, Mixed }

/// <summary>One generated document as it is ingested.</summary>
public sealed record GeneratedDocument(string Title, string SourceUri, string Content, CorpusLanguage Language);

/// <summary>
/// A reproducible corpus (same seed, same documents) in Chinese, English and both, made of
/// <see cref="SentenceTemplates"/> filled with the knowledge base's names. Every document carries its number, so no
/// two are the same content and each is stored as a new document.
/// </summary>
internal sealed class GeneratedCorpus(CorpusNames names, int seed)
{
    public IEnumerable<GeneratedDocument> Documents(int count, int firstNumber = 0)
    {
        for (var number = firstNumber; number < firstNumber + count; number++)
        {
            var random = new Random(HashCode.Combine(seed, number));
            var language = (CorpusLanguage)(number % 3);
            yield return Document(number, language, random, sentences: random.Next(8, 26));
        }
    }

    /// <summary>A document of at least <paramref name="utf8Bytes"/> bytes of UTF-8 (the write-latency probe).</summary>
    public GeneratedDocument DocumentOfSize(int number, int utf8Bytes)
    {
        for (var sentences = 10; ; sentences += 10)
        {
            var document = Document(number, CorpusLanguage.Mixed, new Random(HashCode.Combine(seed, number)), sentences);
            if (Encoding.UTF8.GetByteCount(document.Content) >= utf8Bytes)
            {
                return document;
            }
        }
    }

    private GeneratedDocument Document(int number, CorpusLanguage language, Random random, int sentences)
    {
        var text = new StringBuilder();
        text.Append(language == CorpusLanguage.English ? $"Industry notes, issue {number}.\n\n" : $"行业观察 第{number}期\n\n");
        for (var i = 0; i < sentences; i++)
        {
            var chinese = language == CorpusLanguage.Chinese || (language == CorpusLanguage.Mixed && i % 2 == 0);
            var templates = chinese ? SentenceTemplates.Chinese : SentenceTemplates.English;
            text.Append(Fill(templates[random.Next(templates.Length)], chinese, random));
            text.Append(i % 4 == 3 ? "\n\n" : chinese ? "" : " ");
        }
        var title = language == CorpusLanguage.English ? $"Industry notes {number}" : $"行业观察 {number}";
        return new GeneratedDocument(title, $"load://generated/{seed}/{number}", text.ToString().TrimEnd() + "\n", language);
    }

    private string Fill(string template, bool chinese, Random random)
    {
        var person = Pick(names.People, random);
        var organization = Pick(names.Organizations, random);
        return new StringBuilder(template)
            .Replace("{P2}", NameIn(PickOther(names.People, person, random), chinese))
            .Replace("{O2}", NameIn(PickOther(names.Organizations, organization, random), chinese))
            .Replace("{P}", NameIn(person, chinese))
            .Replace("{O}", NameIn(organization, chinese))
            .Replace("{R}", NameIn(Pick(names.Products, random), chinese))
            .Replace("{L}", NameIn(Pick(names.Locations, random), chinese))
            .Replace("{E}", NameIn(Pick(names.Events, random), chinese))
            .Replace("{W}", NameIn(Pick(names.Works, random), chinese))
            .ToString();
    }

    private static string NameIn(CorpusNames.Name name, bool chinese) => chinese ? name.Chinese : name.English;

    // A few names are talked about far more than the rest, as in real news: the square skews picks to the front.
    private static CorpusNames.Name Pick(IReadOnlyList<CorpusNames.Name> list, Random random)
    {
        var u = random.NextDouble();
        return list[(int)(u * u * list.Count)];
    }

    private static CorpusNames.Name PickOther(IReadOnlyList<CorpusNames.Name> list, CorpusNames.Name not, Random random)
    {
        while (true)
        {
            var other = Pick(list, random);
            if (other != not)
            {
                return other;
            }
        }
    }
}
