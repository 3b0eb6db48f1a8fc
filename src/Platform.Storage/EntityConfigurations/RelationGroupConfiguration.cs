using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Storage.Entities;

namespace Platform.Storage.EntityConfigurations;

internal sealed class RelationGroupConfiguration : IEntityTypeConfiguration<RelationGroup>
{
    public void Configure(EntityTypeBuilder<RelationGroup> builder)
    {
        builder.ToTable("relation_groups");
        // The key's first column is the read: an entity's groups (FindPath). Its groups in rank order (GetRelatedEntities, the
        // neighbourhood) come from ix_relation_groups_ranked, an expression index migration RelationGroupsRankedIndex makes.
        builder.HasKey(g => new { g.EntityId, g.OtherId, g.Predicate, g.Direction }).HasName("pk_relation_groups");
        builder.Property(g => g.EntityId).HasColumnName("entity_id");
        builder.Property(g => g.OtherId).HasColumnName("other_id");
        builder.Property(g => g.Predicate).HasColumnName("predicate");
        builder.Property(g => g.Direction).HasColumnName("direction");
        builder.Property(g => g.EvidenceCount).HasColumnName("evidence_count");
        // No foreign keys to entities: every group comes from stored relations, whose foreign keys already hold.
    }
}
