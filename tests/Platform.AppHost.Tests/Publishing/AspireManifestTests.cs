using System.Text.Json.Nodes;
using Platform.AppHost.Tests.Infrastructure;

namespace Platform.AppHost.Tests.Publishing;

/// <summary>aspire-manifest.json at the repository root is what Aspire's own publisher writes for the AppHost now.</summary>
public sealed class AspireManifestTests
{
    [Fact]
    public async Task CommittedManifest_MatchesWhatAspirePublishesNow()
    {
        Assert.True(File.Exists(RepositoryPaths.CommittedManifest),
            $"aspire-manifest.json is missing at the repository root; generate it with: {AspireManifest.RegenerateCommand}");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryPaths.CommittedManifest))!;

        var current = await AspireManifest.PublishNowAsync();

        var committedResources = committed["resources"]!.AsObject();
        var currentResources = current["resources"]!.AsObject();
        var differing = committedResources.Select(r => r.Key).Union(currentResources.Select(r => r.Key))
            .Where(name => !JsonNode.DeepEquals(committedResources[name], currentResources[name]))
            .ToList();
        Assert.True(differing.Count == 0 && JsonNode.DeepEquals(committed, current),
            $"aspire-manifest.json is stale (resources that differ: {string.Join(", ", differing)}); " +
            $"regenerate it from the repository root with: {AspireManifest.RegenerateCommand}");
    }

    [Fact]
    public void CommittedManifest_NamesEveryProjectResourceByAPathThatExists()
    {
        var projects = AspireManifest.LoadCommitted().OfType("project.v0").ToList();

        Assert.Equal(["migrations", "extraction", "documents", "query", "frontdoor"], projects.Select(p => p.Name));
        Assert.All(projects, p => Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, (string)p.Resource["path"]!)),
            $"{p.Name}: {p.Resource["path"]} does not exist relative to the repository root"));
    }

    [Fact]
    public void CommittedManifest_LeavesOutTheSamplesResource_WhichOnlyRunsLocally()
    {
        Assert.False(AspireManifest.LoadCommitted().Resources.ContainsKey("samples"));
    }
}
