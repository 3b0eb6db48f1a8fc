namespace Platform.AppHost.Hosting.Orchestration;

/// <summary>Writes each resource's lines as <c>[name] line</c>, in a colour per resource when the output is a terminal.</summary>
public sealed class ResourceLogWriter(TextWriter output, bool useColor)
{
    private static readonly string[] Colors = ["\e[36m", "\e[35m", "\e[33m", "\e[32m", "\e[34m", "\e[91m"];
    private const string Reset = "\e[0m";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _colorByResource = [];

    public static ResourceLogWriter ForConsole() => new(Console.Out, useColor: !Console.IsOutputRedirected);

    public void Write(string resourceName, string line)
    {
        lock (_gate)
        {
            if (useColor)
            {
                if (!_colorByResource.TryGetValue(resourceName, out var color))
                {
                    color = Colors[_colorByResource.Count % Colors.Length];
                    _colorByResource[resourceName] = color;
                }

                output.WriteLine($"{color}[{resourceName}]{Reset} {line}");
            }
            else
            {
                output.WriteLine($"[{resourceName}] {line}");
            }

            output.Flush();
        }
    }
}
