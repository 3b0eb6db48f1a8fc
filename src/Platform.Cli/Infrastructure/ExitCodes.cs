using Grpc.Core;

namespace Platform.Cli.Infrastructure;

/// <summary>Process exit codes, so scripts can tell "not found" from "stack not running".</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int InvalidInput = 2;
    public const int NotFound = 3;
    public const int Unavailable = 4;

    public static int For(StatusCode code) => code switch
    {
        StatusCode.OK => Success,
        StatusCode.InvalidArgument or StatusCode.OutOfRange or StatusCode.FailedPrecondition => InvalidInput,
        StatusCode.NotFound => NotFound,
        StatusCode.Unavailable or StatusCode.DeadlineExceeded => Unavailable,
        _ => Failure,
    };
}
