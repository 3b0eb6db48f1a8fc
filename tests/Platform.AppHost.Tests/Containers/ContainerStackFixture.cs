namespace Platform.AppHost.Tests.Containers;

/// <summary>One compose stack for the tests of the <see cref="ContainerStackCollection"/>, with one extraction replica.</summary>
public sealed class ContainerStackFixture : IAsyncLifetime
{
    private ComposeStack? _stack;

    public ComposeStack Stack => _stack ?? throw new InvalidOperationException("The container stack has not started.");

    public async Task InitializeAsync()
    {
        if (DockerFactAttribute.MissingReason is null)
        {
            _stack = await ComposeStack.StartAsync("stack");
        }
    }

    public async Task DisposeAsync()
    {
        if (_stack is not null)
        {
            await _stack.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ContainerStackCollection : ICollectionFixture<ContainerStackFixture>
{
    public const string Name = "Platform containers";
}
