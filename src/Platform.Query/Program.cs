await Platform.Query.QueryApp.Build(args).RunAsync();
