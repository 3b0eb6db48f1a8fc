using Platform.Grpc.Protocol;

namespace Platform.Grpc.Tests.Protocol;

public sealed class GrpcTimeoutTests
{
    [Theory]
    [InlineData("1H", 3600_000)]
    [InlineData("2M", 120_000)]
    [InlineData("3S", 3000)]
    [InlineData("250m", 250)]
    [InlineData("1500u", 1.5)]
    [InlineData("2000000n", 2)]
    public void TryParse_EachUnit_GivesTheDuration(string value, double expectedMilliseconds)
    {
        Assert.True(GrpcTimeout.TryParse(value, out var timeout));
        Assert.Equal(expectedMilliseconds, timeout.TotalMilliseconds, precision: 6);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("10x")]
    [InlineData("-5S")]
    [InlineData("123456789S")]
    [InlineData("1.5S")]
    public void TryParse_Malformed_IsRejected(string value) => Assert.False(GrpcTimeout.TryParse(value, out _));

    [Fact]
    public void Format_RoundsUpToWholeMilliseconds() =>
        Assert.Equal("2m", GrpcTimeout.Format(TimeSpan.FromTicks(TimeSpan.TicksPerMillisecond + 1)));

    [Fact]
    public void Format_LongTimeout_UsesAtMostEightDigits()
    {
        var formatted = GrpcTimeout.Format(TimeSpan.FromDays(30));
        Assert.True(formatted.Length <= 9);
        Assert.True(GrpcTimeout.TryParse(formatted, out var parsed));
        Assert.True(parsed >= TimeSpan.FromDays(30));
    }
}
