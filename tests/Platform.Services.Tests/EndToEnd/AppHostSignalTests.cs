using System.Collections.Concurrent;
using System.Diagnostics;
using Platform.AppHost.Hosting;

namespace Platform.Services.Tests.EndToEnd;

/// <summary>
/// Runs the built AppHost as its own process (as `dotnet run --project src/Platform.AppHost` does), then
/// signals it the way Ctrl+C or a process manager would.
/// </summary>
public sealed class AppHostSignalTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(60);

    /// <remarks>SIGKILL cannot be handled: the watchdogs around postgres and each service stop them when the AppHost's pipes close.</remarks>
    [Theory]
    [InlineData(ProcessTree.SigInt)]
    [InlineData(ProcessTree.SigTerm)]
    [InlineData(ProcessTree.SigKill)]
    public async Task Signal_StopsPostgresAndEveryService_LeavingNoOrphanProcess(int signal)
    {
        var dataDirectory = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"platform-apphost-{Guid.NewGuid():N}");
        var ports = FreePorts.Take(3);
        var output = new ConcurrentQueue<string>();
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var appHost = StartAppHost(
        [
            $"--Ports:documents={ports[0]}", $"--Ports:extraction={ports[1]}", $"--Ports:query={ports[2]}",
            "--Postgres:UseDocker=false", $"--Postgres:DataDirectory={dataDirectory}", "--SeedSamples=false",
        ], line =>
        {
            output.Enqueue(line);
            if (line.Contains("all resources are running", StringComparison.Ordinal))
            {
                running.TrySetResult();
            }
        });
        string Output() => string.Join('\n', output);

        try
        {
            var started = await Task.WhenAny(running.Task, appHost.WaitForExitAsync(), Task.Delay(StartTimeout));
            Assert.True(started == running.Task, $"The AppHost did not report its resources running:\n{Output()}");

            var tree = ProcessTree.Descendants(appHost.Id);
            var commandLines = tree.Select(ProcessTree.CommandLine).ToList();
            Assert.Contains(commandLines, c => c.Contains(dataDirectory, StringComparison.Ordinal) && c.Contains("postgres", StringComparison.Ordinal));
            foreach (var service in new[] { "Platform.Documents", "Platform.Extraction", "Platform.Query" })
            {
                Assert.Contains(commandLines, c => c.Contains(service, StringComparison.Ordinal));
            }

            ProcessTree.Signal(appHost.Id, signal);
            using (var stopTimeout = new CancellationTokenSource(StopTimeout))
            {
                await appHost.WaitForExitAsync(stopTimeout.Token);
            }

            if (signal != ProcessTree.SigKill)
            {
                Assert.True(appHost.ExitCode == 0, $"exit code {appHost.ExitCode}:\n{Output()}");
            }

            var survivors = await SurvivorsAsync(tree);
            Assert.True(survivors.Count == 0,
                $"Still running after the AppHost exited: {string.Join("; ", survivors.Select(p => $"{p} {ProcessTree.CommandLine(p)}"))}\n{Output()}");
            Assert.Empty(ProcessTree.WithCommandLineContaining(dataDirectory));
        }
        finally
        {
            if (!appHost.HasExited)
            {
                appHost.Kill(entireProcessTree: true);
            }

            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    private static Process StartAppHost(IEnumerable<string> arguments, Action<string> onLine)
    {
        var paths = AppHostPaths.FromBuild();
        var assembly = paths.BuiltAssemblyPath(Path.Combine(paths.AppHostDirectory, "Platform.AppHost.csproj"));
        Assert.True(File.Exists(assembly), $"The AppHost is not built at {assembly}.");
        var startInfo = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = paths.RepositoryRoot,
        };
        startInfo.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) onLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) onLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    // Stopping after SIGKILL takes the watchdogs a moment; reaped processes also take a moment to leave /proc.
    private static async Task<List<int>> SurvivorsAsync(IReadOnlyList<int> processIds)
    {
        var survivors = processIds.Where(ProcessTree.IsAlive).ToList();
        for (var attempt = 0; attempt < 80 && survivors.Count > 0; attempt++)
        {
            await Task.Delay(250);
            survivors = [.. survivors.Where(ProcessTree.IsAlive)];
        }

        return survivors;
    }
}
