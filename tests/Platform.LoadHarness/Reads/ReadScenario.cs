using Grpc.Core;

namespace Platform.LoadHarness.Reads;

/// <summary>One kind of read call under load, against one service ("query" or "documents").</summary>
internal sealed record ReadScenario(string Name, string Service, Func<CallInvoker, Random, Task> Call, string? PgbenchScript = null);
