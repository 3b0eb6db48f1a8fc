using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Storage.Entities;

namespace Platform.Storage.EntityConfigurations;

internal sealed class DocumentEntityConfiguration : IEntityTypeConfiguration<DocumentEntity>
{
    public void Configure(EntityTypeBuilder<DocumentEntity> builder)
    {
        builder.ToTable("document_entities");
        builder.HasKey(de => new { de.DocumentId, de.EntityId }).HasName("pk_document_entities");
        builder.Property(de => de.DocumentId).HasColumnName("document_id");
        builder.Property(de => de.EntityId).HasColumnName("entity_id");
        builder.Property(de => de.MentionCount).HasColumnName("mention_count");
        builder.Property(de => de.Salience).HasColumnName("salience");
        builder.Property(de => de.SurfaceForms).HasColumnName("surface_forms").IsRequired();
        // Rows stored before merge reasons were kept have none.
        builder.Property(de => de.MergeReasons).HasColumnName("merge_reasons").IsRequired().HasDefaultValueSql("'{}'");

        builder.HasIndex(de => de.EntityId).HasDatabaseName("ix_document_entities_entity_id");
        builder.HasOne<Document>().WithMany().HasForeignKey(de => de.DocumentId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_document_entities_documents_document_id");
        builder.HasOne<KnowledgeEntity>().WithMany().HasForeignKey(de => de.EntityId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_document_entities_entities_entity_id");
    }
}
