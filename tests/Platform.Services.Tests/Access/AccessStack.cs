using Grpc.Core;
using Platform.Access.V1;
using Platform.Documents.V1;
using Platform.Extraction;
using Platform.Extraction.V1;
using Platform.Query;
using Platform.Query.V1;
using Platform.Services.Tests.Infrastructure;

namespace Platform.Services.Tests.Access;

/// <summary>
/// The three services on one database with API keys required (as beyond loopback or with
/// <c>Platform:Access:RequireApiKeys=true</c>), an admin key from configuration, and the service credential shared by
/// the document and extraction services. Stored keys are looked up on every call (no cache), so a revocation shows at once.
/// </summary>
public sealed class AccessStack : IAsyncLifetime
{
    public const string AdminKey = "admin-key-from-the-test-configuration";
    public const string ServiceKey = "service-credential-from-the-test-configuration";

    public static readonly string[] KeysRequired =
    [
        "--Platform:Access:RequireApiKeys=true",
        $"--Platform:Access:AdminKey={AdminKey}",
        "--Platform:Access:KeyCacheDuration=00:00:00",
    ];

    private readonly List<ServiceHost> _hosts = [];

    public TestDatabase Database { get; private set; } = null!;

    public ServiceHost ExtractionHost { get; private set; } = null!;

    public ServiceHost DocumentsHost { get; private set; } = null!;

    public ServiceHost QueryHost { get; private set; } = null!;

    public DocumentService.DocumentServiceClient Documents => new(DocumentsHost.Channel);

    public AccessService.AccessServiceClient Access => new(DocumentsHost.Channel);

    public ExtractionService.ExtractionServiceClient Extraction => new(ExtractionHost.Channel);

    public QueryService.QueryServiceClient Query => new(QueryHost.Channel);

    /// <summary>Call options sending the key as clients do: <c>authorization: Bearer &lt;key&gt;</c>.</summary>
    public static CallOptions With(string key) => new(new Metadata { { "authorization", $"Bearer {key}" } });

    /// <summary>A stored key created through the admin key; the key to send.</summary>
    public async Task<string> CreateKeyAsync(string scope, string name = "test key") =>
        (await Access.CreateApiKeyAsync(new CreateApiKeyRequest { Name = name, Scope = scope }, With(AdminKey))).Key;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(migrate: true);
        string[] settings = [.. KeysRequired, $"--Platform:Access:ServiceKey={ServiceKey}"];
        ExtractionHost = Started(await ServiceHost.StartAsync(ExtractionApp.Build, [Database.ConnectionSetting, .. settings]));
        DocumentsHost = Started(await DocumentsStack.StartDocumentsAsync(Database, ExtractionHost.Address.ToString(), settings));
        QueryHost = Started(await ServiceHost.StartAsync(QueryApp.Build, [Database.ConnectionSetting, .. settings]));
    }

    private ServiceHost Started(ServiceHost host)
    {
        _hosts.Add(host);
        return host;
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }
}
