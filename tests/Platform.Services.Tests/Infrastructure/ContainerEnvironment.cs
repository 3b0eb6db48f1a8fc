namespace Platform.Services.Tests.Infrastructure;

/// <summary>
/// Testcontainers settings this kind of machine needs, applied unless the environment already sets them, so that
/// a plain <c>dotnet test</c> works as well as the scripts do.
/// </summary>
internal static class ContainerEnvironment
{
    public static void ApplyDefaults()
    {
        // Debian 12's dockerd speaks API ≤ 1.41; Testcontainers asks for a newer one unless told.
        SetIfUnset("DOCKER_API_VERSION", "1.41");
        // The Ryuk reaper's image is pinned to a registry digest, and no registry is reachable.
        SetIfUnset("TESTCONTAINERS_RYUK_DISABLED", "true");
        // Inside a container-like VM (/.dockerenv) Testcontainers would hand out the bridge gateway address.
        SetIfUnset("TESTCONTAINERS_HOST_OVERRIDE", "127.0.0.1");
    }

    private static void SetIfUnset(string variable, string value)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
        {
            Environment.SetEnvironmentVariable(variable, value);
        }
    }
}
