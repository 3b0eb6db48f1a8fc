using Spectre.Console;

namespace Platform.Cli.Infrastructure;

/// <summary>
/// Where the CLI writes: rich output (tables, progress) through Spectre consoles, machine output (JSON)
/// straight to the raw writers so nothing wraps or colours it.
/// </summary>
public sealed class CliConsole(IAnsiConsole output, IAnsiConsole error, TextWriter rawOut, TextWriter rawError)
{
    public IAnsiConsole Out { get; } = output;
    public IAnsiConsole Error { get; } = error;
    public TextWriter RawOut { get; } = rawOut;
    public TextWriter RawError { get; } = rawError;

    public static CliConsole FromSystemConsole() =>
        ForStreams(Console.Out, Console.IsOutputRedirected, Console.Error, Console.IsErrorRedirected);

    /// <summary>
    /// Colours, links and live progress only where a terminal shows them: a redirected stream (a pipe, a file) or
    /// NO_COLOR (https://no-color.org) gets plain text, so no escape code ends up in a file or the next program's input.
    /// </summary>
    public static CliConsole ForStreams(TextWriter output, bool outputRedirected, TextWriter error, bool errorRedirected)
    {
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        // Redirected errors read better unwrapped than folded at an assumed 80 columns.
        return new CliConsole(
            outputRedirected ? Plain(output, 160) : Terminal(output, noColor),
            errorRedirected ? Plain(error, 1000) : Terminal(error, noColor),
            output, error);
    }

    /// <summary>A plain, non-interactive console of a fixed width: for tests and redirected output.</summary>
    public static CliConsole ForWriters(TextWriter rawOut, TextWriter rawError, int width = 160) =>
        new(Plain(rawOut, width), Plain(rawError, width), rawOut, rawError);

    private static IAnsiConsole Terminal(TextWriter writer, bool noColor) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = noColor ? AnsiSupport.No : AnsiSupport.Detect,
        ColorSystem = noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
    });

    private static IAnsiConsole Plain(TextWriter writer, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        return console;
    }
}
