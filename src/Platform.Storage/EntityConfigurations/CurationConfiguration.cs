using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Storage.Entities;

namespace Platform.Storage.EntityConfigurations;

internal sealed class CurationConfiguration : IEntityTypeConfiguration<Curation>
{
    public void Configure(EntityTypeBuilder<Curation> builder)
    {
        builder.ToTable("curations");
        builder.HasKey(c => c.Id).HasName("pk_curations");
        builder.Property(c => c.Id).HasColumnName("id").UseIdentityByDefaultColumn();
        builder.Property(c => c.Action).HasColumnName("action");
        builder.Property(c => c.EntityId).HasColumnName("entity_id").IsRequired();
        builder.Property(c => c.TargetEntityId).HasColumnName("target_entity_id");
        builder.Property(c => c.Alias).HasColumnName("alias");
        builder.Property(c => c.NormalizedAlias).HasColumnName("normalized_alias");
        builder.Property(c => c.Name).HasColumnName("name");
        builder.Property(c => c.PreviousName).HasColumnName("previous_name");
        builder.Property(c => c.Actor).HasColumnName("actor").IsRequired();
        builder.Property(c => c.Reason).HasColumnName("reason").IsRequired();
        builder.Property(c => c.CreatedAt).HasColumnName("created_at");
        builder.Property(c => c.UndoneAt).HasColumnName("undone_at");
        builder.Property(c => c.UndoneBy).HasColumnName("undone_by");
        builder.Property(c => c.UndoReason).HasColumnName("undo_reason");
        builder.Property(c => c.DocumentIds).HasColumnName("document_ids").IsRequired();

        // The changes naming an entity, either way round (ListCurations by entity, the checks before a new change).
        builder.HasIndex(c => c.EntityId).HasDatabaseName("ix_curations_entity_id");
        builder.HasIndex(c => c.TargetEntityId).HasDatabaseName("ix_curations_target_entity_id");
        // No foreign keys to entities: the record outlives what it names.
    }
}
