using Microsoft.EntityFrameworkCore;

namespace Platform.Storage;

/// <summary>
/// Orders corrections against stored extractions: a correction takes this transaction-level advisory lock exclusively
/// before it reads which stored documents it touches; every stored extraction takes it shared before its document's row
/// lock, then reads the corrections. So an extraction either committed before the correction (which then queues its
/// document again) or applies the correction itself; none slips between.
/// </summary>
public static class CurationLock
{
    /// <summary>The advisory lock key: "curation" in ASCII.</summary>
    private const long Key = 0x6375726174696F6E;

    public static Task TakeSharedAsync(PlatformDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock_shared({Key})", cancellationToken);

    public static Task TakeExclusiveAsync(PlatformDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);
}
