using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Storage.Entities;

namespace Platform.Storage.EntityConfigurations;

internal sealed class ExtractionJobConfiguration : IEntityTypeConfiguration<ExtractionJob>
{
    public void Configure(EntityTypeBuilder<ExtractionJob> builder)
    {
        builder.ToTable("extraction_jobs");
        builder.HasKey(j => j.Id).HasName("pk_extraction_jobs");
        builder.Property(j => j.Id).HasColumnName("id").UseIdentityByDefaultColumn();
        builder.Property(j => j.DocumentId).HasColumnName("document_id");
        builder.Property(j => j.State).HasColumnName("state");
        builder.Property(j => j.Attempts).HasColumnName("attempts");
        builder.Property(j => j.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(j => j.LastError).HasColumnName("last_error");
        builder.Property(j => j.Extractions).HasColumnName("extractions").HasDefaultValue(0);
        builder.Property(j => j.CreatedAt).HasColumnName("created_at");
        builder.Property(j => j.UpdatedAt).HasColumnName("updated_at");
        builder.Property(j => j.TraceParent).HasColumnName("trace_parent").HasMaxLength(128);

        // One outbox row per document.
        builder.HasIndex(j => j.DocumentId).IsUnique().HasDatabaseName("ix_extraction_jobs_document_id");
        // The dispatcher's claim query: due jobs by state.
        builder.HasIndex(j => new { j.State, j.NextAttemptAt }).HasDatabaseName("ix_extraction_jobs_state_next_attempt_at");
        builder.HasOne<Document>().WithMany().HasForeignKey(j => j.DocumentId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_extraction_jobs_documents_document_id");
    }
}
