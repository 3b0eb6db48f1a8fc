using System.Reflection;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Query;
using Platform.Query.V1;
using Platform.Services.Tests.Infrastructure;

namespace Platform.Services.Tests.Access;

[Collection(PostgresCollection.Name)]
public sealed class ApiKeyGateTests(PostgresFixture postgres)
{
    [Fact]
    public async Task ServiceListeningBeyondLoopback_RequiresKeys_WithoutBeingTold()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrate: true);
        var port = new Uri(ServiceHost.FreeAddress()).Port;
        await using var query = await ServiceHost.StartOnAsync(QueryApp.Build, $"http://0.0.0.0:{port}", database.ConnectionSetting);
        using var channel = Grpc.Net.Client.GrpcChannel.ForAddress($"http://127.0.0.1:{port}");

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            new QueryService.QueryServiceClient(channel).SearchEntitiesAsync(new SearchEntitiesRequest { Query = "OpenAI" }).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        Assert.True(query.Services.GetRequiredService<ApiKeyGate>().Required);
        Assert.Contains("0.0.0.0", query.Services.GetRequiredService<ApiKeyGate>().Why);
    }

    [Fact]
    public async Task ServiceOnLoopbackOnly_IsOpen_AndSaysWhy()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrate: true);
        await using var query = await ServiceHost.StartAsync(QueryApp.Build, database.ConnectionSetting);

        await new QueryService.QueryServiceClient(query.Channel).SearchEntitiesAsync(new SearchEntitiesRequest { Query = "OpenAI" });

        var gate = query.Services.GetRequiredService<ApiKeyGate>();
        Assert.False(gate.Required);
        Assert.Contains("loopback only", gate.Why);
    }

    /// <summary>A new RPC without a scope would be open to every key, even where keys are required: none may be missing.</summary>
    [Fact]
    public void EveryRpcOfEveryService_DeclaresTheScopeItNeeds_OrIsInternal()
    {
        var services = new[] { typeof(Platform.Documents.DocumentsApp), typeof(Platform.Extraction.ExtractionApp), typeof(QueryApp) }
            .SelectMany(app => app.Assembly.GetTypes())
            .Where(type => type.BaseType?.GetCustomAttribute<BindServiceMethodAttribute>() is not null)
            .ToList();

        var undeclared = services
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(method => method.GetBaseDefinition().DeclaringType != method.DeclaringType)
                .Where(method => type.GetCustomAttribute<RequiresScopeAttribute>() is null
                    && method.GetCustomAttribute<RequiresScopeAttribute>() is null
                    && method.GetCustomAttribute<InternalRpcAttribute>() is null)
                .Select(method => $"{type.Name}.{method.Name}"))
            .ToList();

        Assert.Equal(5, services.Count); // documents, curation, access; extraction; query
        Assert.Empty(undeclared);
    }
}
