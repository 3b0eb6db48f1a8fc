using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Storage.Entities;

namespace Platform.Storage.EntityConfigurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.ToTable("documents");
        builder.HasKey(d => d.Id).HasName("pk_documents");
        builder.Property(d => d.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(d => d.SourceUri).HasColumnName("source_uri").IsRequired();
        builder.Property(d => d.Title).HasColumnName("title").IsRequired();
        builder.Property(d => d.MediaType).HasColumnName("media_type").IsRequired();
        builder.Property(d => d.Language).HasColumnName("language").IsRequired();
        builder.Property(d => d.PublishedAt).HasColumnName("published_at");
        builder.Property(d => d.Content).HasColumnName("content").IsRequired();
        builder.Property(d => d.ContentSha256).HasColumnName("content_sha256").IsRequired();
        builder.Property(d => d.SizeChars).HasColumnName("size_chars");
        builder.Property(d => d.Metadata)
            .HasColumnName("metadata")
            .HasColumnType("jsonb")
            .IsRequired()
            .HasConversion(
                value => JsonSerializer.Serialize(value, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, (JsonSerializerOptions?)null) ?? new Dictionary<string, string>(),
                new ValueComparer<Dictionary<string, string>>(
                    (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                    value => value.Aggregate(0, (hash, pair) => hash ^ HashCode.Combine(pair.Key, pair.Value)),
                    value => new Dictionary<string, string>(value)));
        // Enums are stored as their integer values (stable: the enums number their members explicitly).
        builder.Property(d => d.ExtractionStatus).HasColumnName("extraction_status");
        builder.Property(d => d.ExtractionError).HasColumnName("extraction_error");
        builder.Property(d => d.CreatedAt).HasColumnName("created_at");
        builder.Property(d => d.UpdatedAt).HasColumnName("updated_at");

        // Deduplication of ingests relies on this index (INSERT ... ON CONFLICT).
        builder.HasIndex(d => d.ContentSha256).IsUnique().HasDatabaseName("ix_documents_content_sha256");
        // Keyset pagination, newest first.
        builder.HasIndex(d => new { d.CreatedAt, d.Id }).HasDatabaseName("ix_documents_created_at_id");
    }
}
