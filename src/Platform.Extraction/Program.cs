await Platform.Extraction.ExtractionApp.Build(args).RunAsync();
