using Grpc.Core;
using Platform.AppHost.Tests.Infrastructure;
using Platform.Documents.V1;

namespace Platform.AppHost.Tests.EndToEnd;

internal static class ExtractionWaiter
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Follows WatchExtraction to its end and asserts it ended SUCCEEDED.</summary>
    public static async Task AssertSucceedsAsync(IPlatformStack stack, string documentId)
    {
        using var call = stack.Documents.WatchExtraction(
            new WatchExtractionRequest { DocumentId = documentId }, deadline: DateTime.UtcNow + Timeout);
        var seen = new List<ExtractionStatus>();
        var error = "";
        await foreach (var update in call.ResponseStream.ReadAllAsync())
        {
            Assert.Equal(documentId, update.DocumentId);
            seen.Add(update.ExtractionStatus);
            error = update.ExtractionError;
        }

        Assert.True(seen.LastOrDefault() == ExtractionStatus.Succeeded,
            $"Extraction of {documentId} went {string.Join(" → ", seen)} {error}\n{stack.LogTails(30)}");
    }
}
