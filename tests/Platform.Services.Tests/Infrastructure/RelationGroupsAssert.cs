using Microsoft.EntityFrameworkCore;
using Platform.Storage;

namespace Platform.Services.Tests.Infrastructure;

internal static class RelationGroupsAssert
{
    /// <summary>The stored relation groups equal a recount of the stored relations.</summary>
    public static async Task MatchRecountAsync(PlatformDbContext db)
    {
        var stored = await db.RelationGroups.AsNoTracking()
            .Select(g => $"{g.EntityId} {g.OtherId} {g.Predicate} {g.Direction} {g.EvidenceCount}")
            .ToListAsync();
        var recounted = await db.Database
            .SqlQueryRaw<string>($"SELECT concat_ws(' ', entity_id, other_id, predicate, direction, evidence_count) AS \"Value\" FROM ({RelationGroups.RecountSql}) AS r")
            .ToListAsync();
        Assert.Equal(recounted.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
    }
}
