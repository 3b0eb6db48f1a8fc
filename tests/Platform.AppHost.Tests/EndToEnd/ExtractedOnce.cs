using Platform.AppHost.Tests.Infrastructure;
using Platform.Extraction.V1;
using Platform.Query.V1;

namespace Platform.AppHost.Tests.EndToEnd;

internal static class ExtractedOnce
{
    /// <summary>
    /// Each document holds the mentions one extraction of its text gives, as the query service lists them: none
    /// twice over (an extraction stored twice), none missing (one lost).
    /// </summary>
    public static async Task AssertAsync(PlatformAppFixture stack, IReadOnlyList<(string DocumentId, string Content)> documents)
    {
        foreach (var (documentId, content) in documents)
        {
            var expected = (await stack.Extraction.ExtractAsync(new ExtractRequest { Text = content })).Mentions
                .Select(m => (m.Start, m.End)).Order().ToList();
            var stored = (await stack.Query.ListMentionsAsync(new ListMentionsRequest { DocumentId = documentId, PageSize = 500 })).Mentions
                .Select(m => (m.Start, m.End)).Order().ToList();
            Assert.True(expected.SequenceEqual(stored),
                $"document {documentId}: stored mentions at [{string.Join(", ", stored)}], one extraction gives [{string.Join(", ", expected)}]");
        }
    }
}
