await Platform.Documents.DocumentsApp.Build(args).RunAsync();
