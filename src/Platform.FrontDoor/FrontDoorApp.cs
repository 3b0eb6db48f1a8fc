namespace Platform.FrontDoor;

/// <summary>The front door host, shared by <c>Program.cs</c> and the tests.</summary>
public static class FrontDoorApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.Services.AddReverseProxy()
            .LoadFromMemory(ApiRoutes.Routes, ApiRoutes.Clusters)
            .AddTransforms(ApiRoutes.SendWatchHeadersAtOnce)
            .AddServiceDiscoveryDestinationResolver();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapReverseProxy();
        return app;
    }
}
