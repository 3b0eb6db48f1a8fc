namespace Platform.AppHost.Hosting.ApplicationModel;

/// <summary>An input supplied at deployment (<c>Parameters:{Name}</c> in configuration), generated when absent.</summary>
public sealed class ParameterResource(string name, bool secret, int generatedMinLength, Func<string> resolve) : IResource
{
    private readonly Lazy<string> _value = new(resolve);

    public string Name { get; } = name;

    public bool Secret { get; } = secret;

    public int GeneratedMinLength { get; } = generatedMinLength;

    public string Value => _value.Value;

    public ReferenceExpression ValueExpression => new($"{{{Name}.value}}", () => Value);
}
