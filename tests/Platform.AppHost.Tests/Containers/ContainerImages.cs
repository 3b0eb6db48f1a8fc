using Platform.AppHost.Tests.Infrastructure;

namespace Platform.AppHost.Tests.Containers;

/// <summary>eng/images/build.sh, run once per test run: the images of the code under test (Docker's cache keeps it quick).</summary>
internal static class ContainerImages
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(15);
    private static readonly Lazy<Task> s_build = new(BuildAsync);

    public static Task EnsureBuiltAsync() => s_build.Value;

    private static async Task BuildAsync()
    {
        var result = await ExternalProgram.RunAsync(Path.Combine(RepositoryPaths.Root, "eng", "images", "build.sh"), [], BuildTimeout);
        Assert.True(result.ExitCode == 0, $"eng/images/build.sh exited {result.ExitCode}:\n{result.Errors}\n{result.Output}");
    }
}
