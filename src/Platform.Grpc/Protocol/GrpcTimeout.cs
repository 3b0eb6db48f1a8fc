using System.Globalization;

namespace Platform.Grpc.Protocol;

/// <summary>The grpc-timeout header: at most 8 digits and a unit (H, M, S, m, u, n).</summary>
public static class GrpcTimeout
{
    private const long MaxValue = 99_999_999;

    public static bool TryParse(string? value, out TimeSpan timeout)
    {
        timeout = default;
        if (string.IsNullOrEmpty(value) || value.Length is < 2 or > 9) return false;
        if (!long.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
            return false;
        TimeSpan? parsed = value[^1] switch
        {
            'H' => TimeSpan.FromHours(amount),
            'M' => TimeSpan.FromMinutes(amount),
            'S' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMilliseconds(amount),
            'u' => TimeSpan.FromTicks(amount * (TimeSpan.TicksPerMillisecond / 1000)),
            'n' => TimeSpan.FromTicks(amount / 100),
            _ => null,
        };
        if (parsed is null) return false;
        timeout = parsed.Value;
        return true;
    }

    /// <summary>Rounds up so the server never sees a shorter deadline than the client keeps.</summary>
    public static string Format(TimeSpan timeout)
    {
        if (timeout <= TimeSpan.Zero) return "1n";
        var milliseconds = (long)Math.Ceiling(timeout.TotalMilliseconds);
        if (milliseconds <= MaxValue) return milliseconds.ToString(CultureInfo.InvariantCulture) + "m";
        var seconds = (long)Math.Ceiling(timeout.TotalSeconds);
        if (seconds <= MaxValue) return seconds.ToString(CultureInfo.InvariantCulture) + "S";
        return Math.Min(MaxValue, (long)Math.Ceiling(timeout.TotalHours)).ToString(CultureInfo.InvariantCulture) + "H";
    }
}
