using System.Runtime.InteropServices;

namespace Platform.AppHost.Hosting.Orchestration;

/// <summary>Sends a POSIX signal to another process (.NET's Process.Kill only sends SIGKILL).</summary>
internal static class Signals
{
    public const int SigInt = 2;
    public const int SigTerm = 15;

    public static bool Send(int processId, int signal) =>
        !OperatingSystem.IsWindows() && Kill(processId, signal) == 0;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int sig);
}
