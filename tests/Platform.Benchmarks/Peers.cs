using System.ComponentModel;
using System.Text.Json;

namespace Platform.Benchmarks;

/// <summary>
/// The peers our figures are printed next to, each timed by its own script on the same text: jieba posseg (the median
/// of five passes) and the LAC-small numpy reference (one pass) through lac_reference.py (/usr/bin/python3), npm
/// compromise through peers/node/compromise-speed.js. A missing peer is "not measured", not a failure.
/// </summary>
internal static class Peers
{
    private const string Python = "/usr/bin/python3";

    /// <summary>jieba's posseg (HMM, pure python) on <paramref name="lines"/> (items may hold several lines; blank ones are skipped).</summary>
    public static PeerResult JiebaPosseg(IEnumerable<string> lines) =>
        RunLacReferenceScript("jieba posseg (python)", lines, "bench-posseg");

    /// <summary>
    /// The python LAC-small reference (jieba's reader and parse_result around a numpy network, since Debian has no
    /// PaddlePaddle) on the first <paramref name="lineLimit"/> of <paramref name="lines"/>, folded to half-width as LacTagger does.
    /// </summary>
    public static PeerResult LacReference(IEnumerable<string> lines, int lineLimit) =>
        RunLacReferenceScript($"LAC-small python reference (numpy, first {lineLimit} lines)", lines.Take(lineLimit), "bench-lac", "--halfwidth");

    /// <summary>npm compromise people()/organizations()/places() on <paramref name="text"/>, repeated for 2 seconds.</summary>
    public static PeerResult Compromise(string text)
    {
        const string name = "compromise (node)";
        var peers = WorkspacePaths.FindUp(Path.Combine("tests", "Platform.Benchmarks", "peers", "node"));
        if (peers is null || !Directory.Exists(Path.Combine(peers, "node_modules", "compromise")))
        {
            return new(name, "not measured (run `npm ci --prefix tests/Platform.Benchmarks/peers/node`)", null);
        }

        try
        {
            var outcome = PeerProcess.Run("node", input => [Path.Combine(peers, "compromise-speed.js"), input, "2"], text, peers);
            if (outcome.ExitCode != 0)
            {
                return new(name, $"failed ({outcome.ExitCode}): {outcome.Error.Trim()}", null);
            }

            using var json = JsonDocument.Parse(outcome.Output);
            var speed = json.RootElement.GetProperty("charsPerSecond").GetDouble();
            return new(name, $"{speed:N0} chars/s wall clock ({outcome.Output.Trim()})", speed);
        }
        catch (Win32Exception e)
        {
            return new(name, $"not measured: node is not on PATH ({e.Message})", null);
        }
    }

    private static PeerResult RunLacReferenceScript(string name, IEnumerable<string> lines, string command, params string[] options)
    {
        var script = WorkspacePaths.FindUp(Path.Combine("tests", "Platform.Extraction.Engine.Tests", "Chinese", "lac_reference.py"));
        if (script is null || !File.Exists(Python))
        {
            return new(name, $"not measured (lac_reference.py or {Python} not found)", null);
        }

        var outcome = PeerProcess.Run(Python, input => [script, command, input, .. options], string.Join('\n', lines));
        if (outcome.ExitCode != 0)
        {
            return new(name, $"failed ({outcome.LastErrorLine})", null);
        }

        using var json = JsonDocument.Parse(outcome.Output);
        var root = json.RootElement;
        var wall = root.GetProperty("chars_per_second").GetDouble();
        return new(name, $"{wall:N0} chars/s wall clock, {root.GetProperty("chars_per_cpu_second").GetDouble():N0} chars/s of CPU time "
            + $"({root.GetProperty("chars").GetInt32():N0} chars in {root.GetProperty("seconds").GetDouble():F2} s)", wall);
    }
}
