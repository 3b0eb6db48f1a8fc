using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.EntityFrameworkCore;
using Platform.Query;
using Platform.Services.Tests.Infrastructure;

namespace Platform.Services.Tests.Documents;

/// <summary>
/// Random bytes sent as the request of every unary RPC of every service: each gets a status that says what is wrong
/// with the request (or OK, when the bytes happen to make a valid one), never UNKNOWN or INTERNAL, and a refused write
/// stores nothing.
/// </summary>
public sealed class RandomInputTests(DocumentsStack stack) : IClassFixture<DocumentsStack>
{
    private const int CallsPerMethod = 40;

    private static readonly StatusCode[] Answers =
        [StatusCode.OK, StatusCode.InvalidArgument, StatusCode.NotFound, StatusCode.ResourceExhausted, StatusCode.FailedPrecondition];

    public static TheoryData<string> Services => ["documents", "curation", "extraction", "query"];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task RandomBytes_ToEveryUnaryRpc_AreAnsweredWithAStatusThatSaysWhy_AndRefusedWritesStoreNothing(string service)
    {
        await using var query = await ServiceHost.StartAsync(QueryApp.Build, stack.Database.ConnectionSetting);
        var (descriptor, channel) = service switch
        {
            "documents" => (Platform.Documents.V1.DocumentService.Descriptor, stack.DocumentsHost.Channel),
            "curation" => (Platform.Curation.V1.CurationService.Descriptor, stack.DocumentsHost.Channel),
            "extraction" => (Platform.Extraction.V1.ExtractionService.Descriptor, stack.ExtractionHost.Channel),
            _ => (Platform.Query.V1.QueryService.Descriptor, query.Channel),
        };
        var random = new Random(20261201);
        var wrong = new List<string>();

        foreach (var method in descriptor.Methods.Where(m => !m.IsClientStreaming && !m.IsServerStreaming))
        {
            for (var call = 0; call < CallsPerMethod; call++)
            {
                var request = new byte[random.Next(0, 64)];
                random.NextBytes(request);
                var before = await StoredRowsAsync();
                var status = await CallAsync(channel, descriptor, method, request);
                if (!Answers.Contains(status.StatusCode))
                {
                    wrong.Add($"{method.Name} [{Convert.ToHexString(request)}]: {status.StatusCode} {status.Detail}");
                }
                else if (status.StatusCode != StatusCode.OK && await StoredRowsAsync() != before)
                {
                    wrong.Add($"{method.Name} [{Convert.ToHexString(request)}]: {status.StatusCode}, yet stored rows changed");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
    }

    private static async Task<Status> CallAsync(GrpcChannel channel, ServiceDescriptor service, MethodDescriptor method, byte[] request)
    {
        var raw = new Method<byte[], byte[]>(MethodType.Unary, service.FullName, method.Name,
            Marshallers.Create(bytes => bytes, bytes => bytes), Marshallers.Create(bytes => bytes, bytes => bytes));
        try
        {
            await channel.CreateCallInvoker().AsyncUnaryCall(raw, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(30)), request);
            return Status.DefaultSuccess;
        }
        catch (RpcException ex)
        {
            return ex.Status;
        }
    }

    private async Task<(int Documents, int Curations, int Entities)> StoredRowsAsync()
    {
        await using var db = stack.Database.CreateDbContext();
        return (await db.Documents.CountAsync(), await db.Curations.CountAsync(), await db.Entities.CountAsync());
    }
}
