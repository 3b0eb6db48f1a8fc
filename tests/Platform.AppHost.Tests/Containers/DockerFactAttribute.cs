namespace Platform.AppHost.Tests.Containers;

/// <summary>A test that needs a Docker engine; skipped where none runs (the tests then use PostgreSQL's binaries).</summary>
public sealed class DockerFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> s_missing = new(() =>
    {
        try
        {
            var info = Infrastructure.ExternalProgram.RunAsync("docker", ["info", "--format", "{{.ServerVersion}}"], TimeSpan.FromSeconds(30))
                .GetAwaiter().GetResult();
            return info.ExitCode == 0 ? null : $"no Docker engine answers (docker info: {info.Errors.Trim()}); eng/prerequisites.sh starts one";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "the docker CLI is not installed; eng/prerequisites.sh installs it";
        }
    });

    public DockerFactAttribute()
    {
        if (MissingReason is { } reason)
        {
            Skip = reason;
        }
    }

    /// <summary>Why no container can run here, or null.</summary>
    public static string? MissingReason => s_missing.Value;

    /// <summary>Skipped too when the development corpus is absent.</summary>
    public bool RequiresDevCorpus
    {
        get => false;
        init
        {
            if (value && Skip is null && Infrastructure.DevCorpus.Directory is null)
            {
                Skip = Infrastructure.DevCorpus.MissingMessage;
            }
        }
    }
}
