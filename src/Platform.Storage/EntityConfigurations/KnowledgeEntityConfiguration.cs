using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Storage.Entities;

namespace Platform.Storage.EntityConfigurations;

internal sealed class KnowledgeEntityConfiguration : IEntityTypeConfiguration<KnowledgeEntity>
{
    public void Configure(EntityTypeBuilder<KnowledgeEntity> builder)
    {
        builder.ToTable("entities");
        builder.HasKey(e => e.Id).HasName("pk_entities");
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(e => e.Name).HasColumnName("name").IsRequired();
        builder.Property(e => e.NameZh).HasColumnName("name_zh");
        builder.Property(e => e.Type).HasColumnName("type");
        builder.Property(e => e.Description).HasColumnName("description");
        builder.Property(e => e.WikidataId).HasColumnName("wikidata_id");
        builder.Property(e => e.MentionCount).HasColumnName("mention_count");
        builder.Property(e => e.DocumentCount).HasColumnName("document_count");
        builder.Property(e => e.CreatedAt).HasColumnName("created_at");
        builder.Property(e => e.UpdatedAt).HasColumnName("updated_at");

        builder.HasIndex(e => e.Type).HasDatabaseName("ix_entities_type");
        builder.HasMany(e => e.Aliases).WithOne().HasForeignKey(a => a.EntityId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_entity_aliases_entities_entity_id");
    }
}
