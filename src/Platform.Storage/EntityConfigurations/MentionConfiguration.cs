using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Storage.Entities;

namespace Platform.Storage.EntityConfigurations;

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> builder)
    {
        builder.ToTable("mentions");
        builder.HasKey(m => m.Id).HasName("pk_mentions");
        builder.Property(m => m.Id).HasColumnName("id").UseIdentityByDefaultColumn();
        builder.Property(m => m.DocumentId).HasColumnName("document_id");
        builder.Property(m => m.EntityId).HasColumnName("entity_id").IsRequired();
        builder.Property(m => m.Start).HasColumnName("start");
        builder.Property(m => m.End).HasColumnName("end");
        builder.Property(m => m.Text).HasColumnName("text").IsRequired();
        builder.Property(m => m.Snippet).HasColumnName("snippet").IsRequired();
        builder.Property(m => m.Confidence).HasColumnName("confidence");

        builder.HasIndex(m => new { m.EntityId, m.DocumentId }).HasDatabaseName("ix_mentions_entity_id_document_id");
        // An entity's mentions in id order (ListMentions' keyset pages) without sorting all of them.
        builder.HasIndex(m => new { m.EntityId, m.Id }).HasDatabaseName("ix_mentions_entity_id_id");
        builder.HasIndex(m => m.DocumentId).HasDatabaseName("ix_mentions_document_id");
        builder.HasOne<Document>().WithMany().HasForeignKey(m => m.DocumentId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_mentions_documents_document_id");
        builder.HasOne<KnowledgeEntity>().WithMany().HasForeignKey(m => m.EntityId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_mentions_entities_entity_id");
    }
}
