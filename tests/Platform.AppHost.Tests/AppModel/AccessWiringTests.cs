using System.Text.Json.Nodes;
using Platform.AppHost.Tests.Publishing;

namespace Platform.AppHost.Tests.AppModel;

/// <summary>What the AppHost gives each service to log in and to check callers with, as its manifest publisher writes it.</summary>
public sealed class AccessWiringTests
{
    private static readonly string[] GrpcServices = ["documents", "extraction", "query"];

    [Fact]
    public void EachService_LogsInAsItsOwnRole_AndOnlyTheMigrationWorkerGetsTheRolePasswords()
    {
        var manifest = AspireManifest.LoadCommitted().Resources;

        foreach (var service in GrpcServices)
        {
            var environment = Environment(manifest, service);
            Assert.Equal($"{{platformdb-{service}.connectionString}}", environment["ConnectionStrings__platformdb"]);
            Assert.Contains($"Username=platform_{service};", (string)manifest[$"platformdb-{service}"]!["connectionString"]!);
            Assert.DoesNotContain(environment.Keys, k => k.StartsWith("Platform__Database__RolePasswords", StringComparison.Ordinal) || k.StartsWith("PLATFORMDB_", StringComparison.Ordinal));
        }
        Assert.Equal("{platformdb.connectionString}", Environment(manifest, "migrations")["ConnectionStrings__platformdb"]);
        Assert.Equal("{platformdb-query-password.value}", Environment(manifest, "migrations")["Platform__Database__RolePasswords__query"]);
    }

    [Fact]
    public void TheInternalCredential_GoesToTheDocumentAndExtractionServicesOnly()
    {
        var manifest = AspireManifest.LoadCommitted().Resources;

        Assert.Equal("{service-key.value}", Environment(manifest, "documents")["Platform__Access__ServiceKey"]);
        Assert.Equal("{service-key.value}", Environment(manifest, "extraction")["Platform__Access__ServiceKey"]);
        Assert.False(Environment(manifest, "query").ContainsKey("Platform__Access__ServiceKey"));
        Assert.False(Environment(manifest, "documents").ContainsKey("Platform__Access__RequireApiKeys")); // decided by the addresses
    }

    [Fact]
    public async Task AccessSettingsGivenToTheAppHost_ReachEveryService_AndTheAdminKeyStaysASecret()
    {
        var manifest = (await AspireManifest.PublishNowAsync(
            "--Platform:Access:RequireApiKeys=true", "--Platform:Access:AdminKey=an-admin-key", "--Platform:Access:RequestsPerSecond=50"))["resources"]!.AsObject();

        foreach (var service in GrpcServices)
        {
            var environment = Environment(manifest, service);
            Assert.Equal("true", environment["Platform__Access__RequireApiKeys"]);
            Assert.Equal("50", environment["Platform__Access__RequestsPerSecond"]);
            Assert.Equal("{admin-key.value}", environment["Platform__Access__AdminKey"]);
        }
        Assert.True((bool?)manifest["admin-key"]!["inputs"]!["value"]!["secret"]);
        Assert.DoesNotContain("an-admin-key", manifest.ToJsonString());
    }

    private static Dictionary<string, string> Environment(JsonObject resources, string name) =>
        resources[name]!["env"]!.AsObject().ToDictionary(e => e.Key, e => (string)e.Value!);
}
