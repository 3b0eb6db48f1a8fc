return await Platform.Cli.PlatformCli.RunAsync(args, Platform.Cli.Infrastructure.CliConsole.FromSystemConsole());
