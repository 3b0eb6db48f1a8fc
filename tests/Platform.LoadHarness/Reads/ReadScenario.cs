using Grpc.Core;

namespace Platform.LoadHarness.Reads;

/// <summary>
/// One kind of read call under load, against one service ("query" or "documents"), and, where the service runs one
/// fixed statement for it, that statement for a random key with the key written in (the pgbench ceiling).
/// </summary>
internal sealed record ReadScenario(string Name, string Service, Func<CallInvoker, Random, Task> Call, Func<Random, string>? Statement = null);
