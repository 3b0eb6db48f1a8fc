namespace Platform.LoadHarness.Stack;

/// <summary>Where the stack under load answers: its gRPC addresses and the database its services share.</summary>
public sealed record StackTarget(Uri DocumentsAddress, Uri QueryAddress, string ConnectionString);
