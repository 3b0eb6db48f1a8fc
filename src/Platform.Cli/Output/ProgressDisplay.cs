using Spectre.Console;

namespace Platform.Cli.Output;

/// <summary>A progress bar for people; nothing at all when the output is for machines.</summary>
internal static class ProgressDisplay
{
    public static Task RunAsync(IAnsiConsole console, bool show, string description, int total, Func<Action, Task> work)
    {
        if (!show || total == 0)
        {
            return work(() => { });
        }
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(description, maxValue: total);
                await work(() => task.Increment(1));
                task.StopTask();
            });
    }
}
