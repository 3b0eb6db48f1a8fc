using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.V1;
using Platform.Documents.V1;
using Platform.Extraction.V1;
using Platform.Query.V1;
using Platform.Services.Tests.Infrastructure;
using static Platform.Services.Tests.Access.AccessStack;

namespace Platform.Services.Tests.Access;

public sealed class ApiKeyTests(AccessStack stack) : IClassFixture<AccessStack>
{
    [Fact]
    public async Task EveryService_WithoutAKey_AnswersUnauthenticated_SayingHowToSendOne()
    {
        var calls = new Func<Task>[]
        {
            () => stack.Documents.ListDocumentsAsync(new ListDocumentsRequest()).ResponseAsync,
            () => stack.Query.SearchEntitiesAsync(new SearchEntitiesRequest { Query = "OpenAI" }).ResponseAsync,
            () => stack.Extraction.ExtractAsync(new ExtractRequest { Text = "OpenAI" }).ResponseAsync,
            () => stack.Access.ListApiKeysAsync(new ListApiKeysRequest()).ResponseAsync,
        };
        foreach (var call in calls)
        {
            var refused = await Assert.ThrowsAsync<RpcException>(call);
            Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
            Assert.Contains("authorization: Bearer <key>", refused.Status.Detail);
        }
    }

    [Theory]
    [InlineData("not-a-key", "malformed")]
    [InlineData("pk_999999_nosuchsecret", "is not valid")]
    public async Task BadKey_IsUnauthenticated(string key, string expected)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => stack.Query.SearchEntitiesAsync(new SearchEntitiesRequest { Query = "OpenAI" }, With(key)).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        Assert.Contains(expected, refused.Status.Detail);
    }

    [Fact]
    public async Task KeyWithTheRightIdButAnotherSecret_IsUnauthenticated()
    {
        var key = await stack.CreateKeyAsync("read");
        var forged = key[..(key.LastIndexOf('_') + 1)] + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

        var refused = await Assert.ThrowsAsync<RpcException>(() => stack.Documents.ListDocumentsAsync(new ListDocumentsRequest(), With(forged)).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }

    [Fact]
    public async Task ReadKey_ReadsEveryService_ButIsDeniedWritesAndKeys()
    {
        var key = await stack.CreateKeyAsync("read");

        await stack.Documents.ListDocumentsAsync(new ListDocumentsRequest(), With(key));
        await stack.Query.SearchEntitiesAsync(new SearchEntitiesRequest { Query = "OpenAI" }, With(key));
        await stack.Extraction.ExtractAsync(new ExtractRequest { Text = "Sam Altman leads OpenAI." }, With(key));
        var ingest = await Assert.ThrowsAsync<RpcException>(() =>
            stack.Documents.IngestDocumentAsync(new IngestDocumentRequest { Content = $"Denied {Guid.NewGuid()}" }, With(key)).ResponseAsync);
        var keys = await Assert.ThrowsAsync<RpcException>(() =>
            stack.Access.CreateApiKeyAsync(new CreateApiKeyRequest { Name = "escalation", Scope = "admin" }, With(key)).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, ingest.StatusCode);
        Assert.Contains("has the read scope; IngestDocument needs write", ingest.Status.Detail);
        Assert.Equal(StatusCode.PermissionDenied, keys.StatusCode);
        Assert.Contains("CreateApiKey needs admin", keys.Status.Detail);
        await using var db = stack.Database.CreateDbContext();
        Assert.False(await db.Documents.AnyAsync(d => d.Content.StartsWith("Denied")));
    }

    [Fact]
    public async Task WriteKey_IngestsADocument_ThatTheDocumentServiceHasExtractedWithItsServiceCredential()
    {
        var key = await stack.CreateKeyAsync("write");

        var ingested = await stack.Documents.IngestDocumentAsync(
            new IngestDocumentRequest { Content = $"Sam Altman leads OpenAI. {Guid.NewGuid()}" }, With(key));
        var document = await DocumentStatus.WaitForTerminalAsync(stack.Documents, ingested.DocumentId, options: With(key));

        Assert.Equal(ExtractionStatus.Succeeded, document.ExtractionStatus);
    }

    [Fact]
    public async Task ExtractDocument_IsInternal_EvenForAnAdminKey()
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            stack.Extraction.ExtractDocumentAsync(new ExtractDocumentRequest { DocumentId = Guid.NewGuid().ToString() }, With(AdminKey)).ResponseAsync);
        var wrongCredential = await Assert.ThrowsAsync<RpcException>(() =>
            stack.Extraction.ExtractDocumentAsync(new ExtractDocumentRequest { DocumentId = Guid.NewGuid().ToString() },
                new CallOptions(new Metadata { { "x-platform-service-key", "guessed" } })).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Contains("only the document service may call it", refused.Status.Detail);
        Assert.Equal(StatusCode.PermissionDenied, wrongCredential.StatusCode);
    }

    [Fact]
    public async Task RevokedKey_IsRefused_WithWhenItWasRevoked()
    {
        var created = await stack.Access.CreateApiKeyAsync(new CreateApiKeyRequest { Name = "to revoke", Scope = "read" }, With(AdminKey));
        await stack.Query.SearchEntitiesAsync(new SearchEntitiesRequest { Query = "OpenAI" }, With(created.Key));

        var revoked = await stack.Access.RevokeApiKeyAsync(new RevokeApiKeyRequest { Id = created.ApiKey.Id }, With(AdminKey));
        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            stack.Query.SearchEntitiesAsync(new SearchEntitiesRequest { Query = "OpenAI" }, With(created.Key)).ResponseAsync);
        var listed = await stack.Access.ListApiKeysAsync(new ListApiKeysRequest(), With(AdminKey));

        Assert.Equal("key:admin key from configuration", revoked.RevokedBy);
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        Assert.Contains("'to revoke'", refused.Status.Detail);
        Assert.Contains("was revoked", refused.Status.Detail);
        Assert.DoesNotContain(listed.ApiKeys, k => k.Id == created.ApiKey.Id);
    }

    [Fact]
    public async Task StoredKey_KeepsOnlyAHashOfItsSecret()
    {
        var created = await stack.Access.CreateApiKeyAsync(new CreateApiKeyRequest { Name = "hash check", Scope = "write" }, With(AdminKey));
        var secret = created.Key[(created.Key.IndexOf('_', "pk_".Length) + 1)..]; // the secret may hold "_" itself

        await using var db = stack.Database.CreateDbContext();
        var stored = await db.ApiKeys.SingleAsync(k => k.Id == created.ApiKey.Id);

        Assert.StartsWith($"pk_{created.ApiKey.Id}_", created.Key);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)), stored.SecretHash);
        Assert.DoesNotContain(secret, string.Join("|", stored.Name, stored.Scope, stored.CreatedBy));
        Assert.Equal("write", stored.Scope);
    }

    [Theory]
    [InlineData("", "read", "name must be")]
    [InlineData("ok", "owner", "is not one of read, write, admin")]
    [InlineData("ok", "read,write", "is not one of read, write, admin")] // Enum.TryParse would read it as 1|2 = admin
    public async Task CreateApiKey_BadRequest_IsInvalidArgument(string name, string scope, string expected)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            stack.Access.CreateApiKeyAsync(new CreateApiKeyRequest { Name = name, Scope = scope }, With(AdminKey)).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains(expected, refused.Status.Detail);
    }

    [Fact]
    public async Task JsonRoute_WithoutAKey_Is401_AndWithAReadKey_Is200()
    {
        var addresses = stack.QueryHost.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        using var http = new HttpClient { BaseAddress = new Uri(addresses.Single(a => a != stack.QueryHost.Address.ToString().TrimEnd('/'))) };
        var key = await stack.CreateKeyAsync("read");

        using var refused = await http.GetAsync("/v1/entities:search?query=OpenAI");
        using var withKey = new HttpRequestMessage(HttpMethod.Get, "/v1/entities:search?query=OpenAI") { Headers = { { "authorization", $"Bearer {key}" } } };
        using var answered = await http.SendAsync(withKey);

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("requires an API key", await refused.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.OK, answered.StatusCode);
    }

    [Fact]
    public async Task Health_StaysOpen_ForProbes()
    {
        Assert.Equal(Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving, await stack.QueryHost.HealthAsync());
    }
}
