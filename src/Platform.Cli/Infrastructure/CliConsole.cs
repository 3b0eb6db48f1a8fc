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

    public static CliConsole FromSystemConsole()
    {
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsErrorRedirected)
        {
            // Logged errors read better unwrapped than folded at an assumed 80 columns.
            error.Profile.Width = 1000;
        }
        return new CliConsole(AnsiConsole.Console, error, Console.Out, Console.Error);
    }

    /// <summary>A plain, non-interactive console of a fixed width: for tests and redirected output.</summary>
    public static CliConsole ForWriters(TextWriter rawOut, TextWriter rawError, int width = 160) =>
        new(Plain(rawOut, width), Plain(rawError, width), rawOut, rawError);

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
