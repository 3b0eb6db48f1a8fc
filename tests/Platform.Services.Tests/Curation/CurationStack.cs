using Microsoft.EntityFrameworkCore;
using Platform.Curation.V1;
using Platform.Services.Tests.Infrastructure;

namespace Platform.Services.Tests.Curation;

/// <summary>A private <see cref="DocumentsStack"/> (corrections apply to every document of a database) and its curation client.</summary>
internal sealed class CurationStack : IAsyncDisposable
{
    private CurationStack(DocumentsStack stack)
    {
        Stack = stack;
        Client = new CurationService.CurationServiceClient(stack.DocumentsHost.Channel);
    }

    public DocumentsStack Stack { get; }

    public CurationService.CurationServiceClient Client { get; }

    public static async Task<CurationStack> StartAsync() => new(await DocumentsStack.StartAsync());

    /// <summary>Waits until every document the change queued was extracted again; the change as it then stands.</summary>
    public async Task<Platform.Curation.V1.Curation> SettledAsync(Platform.Curation.V1.Curation change)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var current = await Client.GetCurationAsync(new GetCurationRequest { CurationId = change.CurationId });
            if (current.DocumentsPending == 0)
            {
                return current;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Curation {change.CurationId} still has {current.DocumentsPending} documents to extract again.");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>The texts of the entity's stored mentions in the document.</summary>
    public async Task<List<string>> MentionTextsAsync(string documentId, string entityId)
    {
        await using var db = Stack.Database.CreateDbContext();
        var id = Guid.Parse(documentId);
        return await db.Mentions.Where(m => m.DocumentId == id && m.EntityId == entityId).OrderBy(m => m.Start).Select(m => m.Text).ToListAsync();
    }

    /// <summary>The id of the entity the document mentions by the text.</summary>
    public async Task<string> EntityMentionedAsAsync(string documentId, string text)
    {
        await using var db = Stack.Database.CreateDbContext();
        var id = Guid.Parse(documentId);
        return await db.Mentions.Where(m => m.DocumentId == id && m.Text == text).Select(m => m.EntityId).FirstAsync();
    }

    public ValueTask DisposeAsync() => new(Stack.DisposeAsync());
}
