await Platform.FrontDoor.FrontDoorApp.Build(args).RunAsync();
