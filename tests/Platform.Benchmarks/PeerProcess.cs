using System.Diagnostics;
using System.Text;

namespace Platform.Benchmarks;

/// <summary>Runs a peer program on a temporary UTF-8 input file and collects what it prints.</summary>
internal static class PeerProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error)
    {
        public string LastErrorLine => Error.Trim().Split('\n')[^1];
    }

    /// <summary>
    /// Writes <paramref name="input"/> to a temporary file, runs <paramref name="program"/> with the arguments
    /// <paramref name="arguments"/> makes from that file's path, and deletes the file.
    /// </summary>
    public static Outcome Run(string program, Func<string, IEnumerable<string>> arguments, string input, string? workingDirectory = null)
    {
        var inputFile = Path.GetTempFileName();
        try
        {
            File.WriteAllText(inputFile, input, new UTF8Encoding(false));
            var start = new ProcessStartInfo(program, arguments(inputFile))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = workingDirectory ?? "",
            };
            using var process = Process.Start(start)!;
            // Both streams at once, or a peer that fills the error pipe would block before it exits.
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new(process.ExitCode, output, error.Result);
        }
        finally
        {
            File.Delete(inputFile);
        }
    }
}
