using Platform.AppHost;

return await PlatformAppHost.Build(args).RunAsync();
