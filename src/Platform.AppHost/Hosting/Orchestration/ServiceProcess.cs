using System.Diagnostics;

namespace Platform.AppHost.Hosting.Orchestration;

/// <summary>
/// A resource's process with its output forwarded line by line. On POSIX systems the program runs behind a
/// small watchdog shell that stops it (SIGTERM) when its stdin pipe from the AppHost closes, which the kernel
/// does however the AppHost ends, even on SIGKILL, so a crashed AppHost leaves no service running.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    // fd 3 keeps the AppHost's pipe for the watcher (an asynchronous list otherwise gets /dev/null as stdin);
    // the loop re-waits when a trapped signal interrupts `wait`, and exits with the program's status.
    private const string WatchdogScript =
        "exec 3<&0 0</dev/null\n" +
        "\"$@\" 3<&- &\n" +
        "child=$!\n" +
        "{ cat >/dev/null; kill -TERM \"$child\" 2>/dev/null; } <&3 3<&- &\n" +
        "exec 3<&-\n" +
        "trap 'kill -TERM \"$child\" 2>/dev/null' TERM INT\n" +
        "while wait \"$child\"; status=$?; kill -0 \"$child\" 2>/dev/null; do :; done\n" +
        "exit \"$status\"\n";

    private readonly Process _process;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServiceProcess(string resourceName, Process process)
    {
        ResourceName = resourceName;
        _process = process;
    }

    public string ResourceName { get; }

    public int ProcessId => _process.Id;

    /// <summary>Completes with the exit code when the process ends, for whatever reason.</summary>
    public Task<int> Exited => _exited.Task;

    public static ServiceProcess Start(
        string resourceName, string program, IEnumerable<string> arguments, string workingDirectory,
        IEnumerable<KeyValuePair<string, string>> environment, ResourceLogWriter log)
    {
        var startInfo = new ProcessStartInfo(OperatingSystem.IsWindows() ? program : "/bin/sh")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (!OperatingSystem.IsWindows())
        {
            startInfo.ArgumentList.Add("-c");
            startInfo.ArgumentList.Add(WatchdogScript);
            startInfo.ArgumentList.Add($"platform-{resourceName}");
            startInfo.ArgumentList.Add(program);
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var service = new ServiceProcess(resourceName, process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) log.Write(resourceName, e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.Write(resourceName, e.Data); };
        process.Exited += (_, _) => service._exited.TrySetResult(process.ExitCode);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>Asks the program to shut down gracefully, then kills the whole process tree after <paramref name="grace"/>.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (!Exited.IsCompleted)
        {
            if (!Signals.Send(_process.Id, Signals.SigTerm))
            {
                _process.Kill(entireProcessTree: true);
            }

            CloseStandardInput();
            if (await Task.WhenAny(Exited, Task.Delay(grace)) != Exited)
            {
                _process.Kill(entireProcessTree: true);
                await Exited.WaitAsync(TimeSpan.FromSeconds(10));
            }
        }

        // Lets the watcher's `cat` see end-of-file when the program ended by itself.
        CloseStandardInput();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(10));
        _process.Dispose();
    }

    private void CloseStandardInput()
    {
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
        }
    }
}
