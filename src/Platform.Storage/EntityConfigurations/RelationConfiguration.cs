using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Storage.Entities;

namespace Platform.Storage.EntityConfigurations;

internal sealed class RelationConfiguration : IEntityTypeConfiguration<Relation>
{
    public void Configure(EntityTypeBuilder<Relation> builder)
    {
        builder.ToTable("relations");
        builder.HasKey(r => r.Id).HasName("pk_relations");
        builder.Property(r => r.Id).HasColumnName("id").UseIdentityByDefaultColumn();
        builder.Property(r => r.DocumentId).HasColumnName("document_id");
        builder.Property(r => r.SubjectId).HasColumnName("subject_id").IsRequired();
        builder.Property(r => r.Predicate).HasColumnName("predicate").IsRequired();
        builder.Property(r => r.ObjectId).HasColumnName("object_id").IsRequired();
        builder.Property(r => r.Evidence).HasColumnName("evidence").IsRequired();
        builder.Property(r => r.EvidenceStart).HasColumnName("evidence_start");
        builder.Property(r => r.EvidenceEnd).HasColumnName("evidence_end");
        builder.Property(r => r.Confidence).HasColumnName("confidence");

        // An entity's edges grouped by the other end and predicate, best evidence first (GetRelatedEntities).
        builder.HasIndex(r => new { r.SubjectId, r.ObjectId, r.Predicate, r.Confidence, r.Id })
            .IsDescending(false, false, false, true, false).HasDatabaseName("ix_relations_subject_object_predicate");
        builder.HasIndex(r => new { r.ObjectId, r.SubjectId, r.Predicate, r.Confidence, r.Id })
            .IsDescending(false, false, false, true, false).HasDatabaseName("ix_relations_object_subject_predicate");
        builder.HasIndex(r => r.DocumentId).HasDatabaseName("ix_relations_document_id");
        builder.HasOne<Document>().WithMany().HasForeignKey(r => r.DocumentId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_relations_documents_document_id");
        builder.HasOne<KnowledgeEntity>().WithMany().HasForeignKey(r => r.SubjectId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_relations_entities_subject_id");
        builder.HasOne<KnowledgeEntity>().WithMany().HasForeignKey(r => r.ObjectId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_relations_entities_object_id");
    }
}
