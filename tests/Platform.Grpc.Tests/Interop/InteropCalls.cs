using System.Text.Json;

namespace Platform.Grpc.Tests.Interop;

/// <summary>The calls the python and node runners make against our test server (format: tests/interop/*/call_runner.*).</summary>
internal static class InteropCalls
{
    public const string ChineseDetail = "文档不存在：编号 42";

    private const string Service = "platform.testing.v1.TestService";

    public static object[] AgainstTestService() =>
    [
        new
        {
            name = "unary echo",
            method = $"{Service}/Echo",
            request = new { message = "你好 interop" },
            expect = new { code = "OK", response = new { message = "你好 interop" } },
        },
        new
        {
            name = "server stream",
            method = $"{Service}/ServerStream",
            request = new { message = "s", count = 3 },
            expect = new { code = "OK", count = 3, responses = new[] { new { index = 0 }, new { index = 1 }, new { index = 2 } } },
        },
        new
        {
            name = "client stream",
            method = $"{Service}/ClientStream",
            requests = new[] { new { message = "a" }, new { message = "b" } },
            expect = new { code = "OK", response = new { message = "a+b" } },
        },
        new
        {
            name = "error with non-ASCII detail",
            method = $"{Service}/Fail",
            request = new { code = 5, detail = ChineseDetail },
            expect = new { code = "NOT_FOUND", details = ChineseDetail },
        },
        new
        {
            name = "deadline exceeded",
            method = $"{Service}/Sleep",
            request = new { milliseconds = 10_000 },
            timeout = 0.5,
            expect = new { code = "DEADLINE_EXCEEDED", max_seconds = 3.0 },
        },
    ];

    public static string WriteToTempFile(object[] calls)
    {
        var path = Path.Combine(Path.GetTempPath(), $"grpc-interop-calls-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(calls));
        return path;
    }
}
