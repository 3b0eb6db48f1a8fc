using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.EntityFrameworkCore;
using Platform.Query;
using Platform.Services.Tests.Infrastructure;

namespace Platform.Services.Tests.Documents;

/// <summary>
/// Random bytes, and well-formed requests with random strings and numbers in every field, sent to every unary RPC of
/// every service: each gets a status that says what is wrong with the request (or OK, when it happens to be a valid
/// one), never UNKNOWN or INTERNAL, and a refused write stores nothing.
/// </summary>
public sealed class RandomInputTests(DocumentsStack stack) : IClassFixture<DocumentsStack>
{
    private const int CallsPerMethod = 40;

    private static readonly StatusCode[] Answers =
        [StatusCode.OK, StatusCode.InvalidArgument, StatusCode.NotFound, StatusCode.ResourceExhausted, StatusCode.FailedPrecondition];

    public static TheoryData<string> Services => ["documents", "curation", "access", "extraction", "query"];

    // Characters a careless or hostile client sends: Latin, CJK, tabs and line breaks, NUL, DEL and C1 controls, the
    // replacement character, emoji (surrogate pairs), right-to-left marks, quotes and percent signs.
    private const string Alphabet = "aZ09 -_:/.%'\"微软穆斯塔法·\t\n\r\0\u007F\u0085\uFFFD\u200F😀";

    [Theory]
    [MemberData(nameof(Services))]
    public async Task RandomBytes_ToEveryUnaryRpc_AreAnsweredWithAStatusThatSaysWhy_AndRefusedWritesStoreNothing(string service)
    {
        var random = new Random(20261201);
        await FuzzAsync(service, _ =>
        {
            var request = new byte[random.Next(0, 64)];
            random.NextBytes(request);
            return request;
        });
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task RandomStringsAndNumbers_InEveryFieldOfEveryUnaryRpc_AreAnsweredWithAStatusThatSaysWhy_AndRefusedWritesStoreNothing(string service)
    {
        var random = new Random(20261202);
        await FuzzAsync(service, method =>
        {
            var request = method.InputType.Parser.ParseFrom([]);
            foreach (var field in method.InputType.Fields.InDeclarationOrder().Where(f => !f.IsRepeated && !f.IsMap))
            {
                object? value = field.FieldType switch
                {
                    FieldType.String => RandomString(random),
                    FieldType.Int32 or FieldType.SInt32 => random.Next(4) == 0 ? int.MinValue + random.Next(3) : random.Next(-5, 500),
                    FieldType.Int64 or FieldType.SInt64 => random.Next(4) == 0 ? long.MaxValue - random.Next(3) : random.NextInt64(-5, 500),
                    FieldType.Bool => random.Next(2) == 0,
                    FieldType.Enum => random.Next(-1, 12),
                    _ => null,
                };
                if (value is not null && random.Next(5) != 0)
                {
                    field.Accessor.SetValue(request, value);
                }
            }
            return request.ToByteArray();
        });
    }

    private static string RandomString(Random random)
    {
        var length = random.Next(6) switch { 0 => 0, 1 => random.Next(1000, 20_000), _ => random.Next(1, 40) };
        var text = new System.Text.StringBuilder(length);
        while (text.Length < length)
        {
            var at = random.Next(Alphabet.Length);
            text.Append(char.IsSurrogate(Alphabet[at]) ? "😀" : Alphabet[at].ToString());
        }
        return text.ToString();
    }

    private async Task FuzzAsync(string service, Func<MethodDescriptor, byte[]> nextRequest)
    {
        await using var query = await ServiceHost.StartAsync(QueryApp.Build, stack.Database.ConnectionSetting);
        var (descriptor, channel) = service switch
        {
            "documents" => (Platform.Documents.V1.DocumentService.Descriptor, stack.DocumentsHost.Channel),
            "curation" => (Platform.Curation.V1.CurationService.Descriptor, stack.DocumentsHost.Channel),
            "access" => (Platform.Access.V1.AccessService.Descriptor, stack.DocumentsHost.Channel),
            "extraction" => (Platform.Extraction.V1.ExtractionService.Descriptor, stack.ExtractionHost.Channel),
            _ => (Platform.Query.V1.QueryService.Descriptor, query.Channel),
        };
        var wrong = new List<string>();

        foreach (var method in descriptor.Methods.Where(m => !m.IsClientStreaming && !m.IsServerStreaming))
        {
            for (var call = 0; call < CallsPerMethod; call++)
            {
                var request = nextRequest(method);
                var before = await StoredRowsAsync();
                var status = await CallAsync(channel, descriptor, method, request);
                if (!Answers.Contains(status.StatusCode))
                {
                    wrong.Add($"{method.Name} [{Convert.ToHexString(request.AsSpan(0, Math.Min(request.Length, 200)))}]: {status.StatusCode} {status.Detail}");
                }
                else if (status.StatusCode != StatusCode.OK && await StoredRowsAsync() != before)
                {
                    wrong.Add($"{method.Name} [{Convert.ToHexString(request.AsSpan(0, Math.Min(request.Length, 200)))}]: {status.StatusCode}, yet stored rows changed");
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

    private async Task<(int Documents, int Curations, int Entities, int Keys)> StoredRowsAsync()
    {
        await using var db = stack.Database.CreateDbContext();
        return (await db.Documents.CountAsync(), await db.Curations.CountAsync(), await db.Entities.CountAsync(),
            await db.ApiKeys.CountAsync(k => k.RevokedAt == null));
    }
}
