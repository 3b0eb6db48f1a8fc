using Grpc.Core;
using Platform.Documents.V1;
using Platform.Services.Tests.Infrastructure;

namespace Platform.Services.Tests.Documents;

/// <summary>Ingestion pushes back when extraction falls behind, and a stream carries a bounded number of documents.</summary>
[Collection(PostgresCollection.Name)]
public sealed class IngestionBackPressureTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Ingest_WhileTheExtractionQueueIsFull_IsRefusedWithRetryAfter_AndStoresNothing()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrate: true);
        // No extraction service: every document stays queued.
        await using var documents = await DocumentsStack.StartDocumentsAsync(database, ServiceHost.FreeAddress(), "--Ingestion:MaxQueuedExtractions=2");
        var client = new DocumentService.DocumentServiceClient(documents.Channel);
        await client.IngestDocumentAsync(new IngestDocumentRequest { Content = $"one {Guid.NewGuid()}" });
        await client.IngestDocumentAsync(new IngestDocumentRequest { Content = $"two {Guid.NewGuid()}" });

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            client.IngestDocumentAsync(new IngestDocumentRequest { Content = $"three {Guid.NewGuid()}" }).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Contains("wait for extraction", error.Status.Detail);
        Assert.Equal("5", error.Trailers.GetValue("retry-after"));
        await using var db = database.CreateDbContext();
        Assert.Equal(2, db.Documents.Count());
    }

    [Fact]
    public async Task IngestDocuments_BeyondTheDocumentsAStreamMayCarry_RefusesTheRestByPosition()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrate: true);
        await using var documents = await DocumentsStack.StartDocumentsAsync(database, ServiceHost.FreeAddress(), "--Ingestion:MaxDocumentsPerStream=2");
        var client = new DocumentService.DocumentServiceClient(documents.Channel);

        using var call = client.IngestDocuments();
        for (var i = 0; i < 4; i++)
        {
            await call.RequestStream.WriteAsync(new IngestDocumentRequest { Content = $"document {i} {Guid.NewGuid()}" });
        }
        await call.RequestStream.CompleteAsync();
        var response = await call;

        Assert.Equal(2, response.CreatedCount);
        Assert.Equal([2, 3], response.Rejected.Select(r => r.Index));
        Assert.All(response.Rejected, r => Assert.Equal("ResourceExhausted", r.Code));
    }
}
