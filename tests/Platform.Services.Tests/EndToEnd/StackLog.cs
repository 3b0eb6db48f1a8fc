using System.Text;

namespace Platform.Services.Tests.EndToEnd;

/// <summary>Collects the AppHost's prefixed log lines (and mirrors them to a file) so failures can show them.</summary>
public sealed class StackLog : TextWriter
{
    private static readonly string[] NotableMarkers = [" warn:", " fail:", " crit:", "exited with code"];

    private readonly Lock _gate = new();
    private readonly StringBuilder _text = new();
    private readonly StreamWriter _file;

    public StackLog(string filePath)
    {
        FilePath = filePath;
        _file = new StreamWriter(filePath, append: false) { AutoFlush = true };
    }

    public string FilePath { get; }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_gate)
        {
            _text.Append(value);
            _file.Write(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_gate)
        {
            _text.Append(value);
            _file.Write(value);
        }
    }

    public override void WriteLine(string? value) => Write(value + "\n");

    public string Text()
    {
        lock (_gate)
        {
            return _text.ToString();
        }
    }

    /// <summary>The last AppHost lines and warnings or failures of the resources, for assertion messages.</summary>
    public string Tail(int lines = 40) =>
        $"--- last AppHost lines, warnings and failures (full log: {FilePath}) ---\n" +
        string.Join('\n', Text().Split('\n').Where(IsNotable).TakeLast(lines));

    // Health checks report "fail" while documents migrates: expected start-up noise.
    private static bool IsNotable(string line)
    {
        if (line.StartsWith("[apphost]", StringComparison.Ordinal))
        {
            return true;
        }

        return !line.Contains("HealthChecks.DefaultHealthCheckService", StringComparison.Ordinal)
            && NotableMarkers.Any(marker => line.Contains(marker, StringComparison.Ordinal));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (_gate)
            {
                _file.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
