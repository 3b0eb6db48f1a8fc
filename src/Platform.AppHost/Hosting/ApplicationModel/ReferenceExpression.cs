namespace Platform.AppHost.Hosting.ApplicationModel;

/// <summary>
/// A value known in two forms: the manifest expression a deployment tool fills in
/// (e.g. <c>{extraction.bindings.grpc.url}</c>) and the concrete value used when the AppHost runs the app.
/// </summary>
public sealed class ReferenceExpression(string manifestExpression, Func<string> resolve)
{
    public string ManifestExpression { get; } = manifestExpression;

    /// <summary>The run-mode value; available once the resources it refers to are allocated.</summary>
    public string Resolve() => resolve();

    public static ReferenceExpression Literal(string value) => new(value, () => value);
}
