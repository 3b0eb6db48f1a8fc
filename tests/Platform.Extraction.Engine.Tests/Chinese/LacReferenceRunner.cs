using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Extraction.Engine.Tests.Chinese;

/// <summary>Runs lac_reference.py (jieba's reader + parse_result, numpy network) with Debian's python.</summary>
internal static class LacReferenceRunner
{
    public const string Python = "/usr/bin/python3";

    private static readonly Lazy<string?> UnavailableReason = new(FindUnavailableReason);

    /// <summary>Null when the reference can run; otherwise why not.</summary>
    public static string? WhyUnavailable => UnavailableReason.Value;

    public static string ScriptPath => Path.Combine(TestPaths.RepositoryRoot, "tests", "Platform.Extraction.Engine.Tests", "Chinese", "lac_reference.py");

    public static IReadOnlyList<ReferenceResult> Tag(IReadOnlyList<string> sentences)
    {
        var output = Run(["tag", "--halfwidth"], JsonSerializer.Serialize(sentences));
        return JsonSerializer.Deserialize<List<ReferenceResult>>(output, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException("lac_reference.py printed no result");
    }

    private static string Run(IEnumerable<string> arguments, string input)
    {
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(ScriptPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Python}");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"lac_reference.py exited with {process.ExitCode}: {error.Result}");
    }

    private static string? FindUnavailableReason()
    {
        if (!File.Exists(Python))
        {
            return $"{Python} is missing (Debian python3), so the LAC reference cannot run.";
        }

        try
        {
            var check = Process.Start(new ProcessStartInfo(Python, ["-c", "import numpy, jieba.lac_small"])
            {
                RedirectStandardError = true,
            })!;
            var error = check.StandardError.ReadToEnd();
            check.WaitForExit();
            return check.ExitCode == 0
                ? null
                : $"{Python} cannot import numpy and jieba.lac_small (apt-get install python3-numpy python3-jieba): {error.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"{Python} could not be started: {e.Message}";
        }
    }
}

internal sealed record ReferenceResult(
    int Leading,
    List<string> Tags,
    List<string> Words,
    [property: JsonPropertyName("word_tags")] List<string> WordTags);

/// <summary>A fact skipped, with the reason, when /usr/bin/python3 or numpy is missing.</summary>
public sealed class PythonReferenceFactAttribute : FactAttribute
{
    public PythonReferenceFactAttribute()
    {
        if (LacReferenceRunner.WhyUnavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
