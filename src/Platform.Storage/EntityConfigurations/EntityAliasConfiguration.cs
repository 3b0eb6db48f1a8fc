using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Storage.Entities;

namespace Platform.Storage.EntityConfigurations;

internal sealed class EntityAliasConfiguration : IEntityTypeConfiguration<EntityAlias>
{
    public void Configure(EntityTypeBuilder<EntityAlias> builder)
    {
        builder.ToTable("entity_aliases");
        builder.HasKey(a => new { a.EntityId, a.NormalizedAlias }).HasName("pk_entity_aliases");
        builder.Property(a => a.EntityId).HasColumnName("entity_id");
        builder.Property(a => a.Alias).HasColumnName("alias").IsRequired();
        builder.Property(a => a.NormalizedAlias).HasColumnName("normalized_alias");

        // Exact look-up by key (GetEntity by name). Fuzzy and pinyin search run in memory (Platform.Query's AliasIndex).
        builder.HasIndex(a => a.NormalizedAlias, "ix_entity_aliases_normalized_alias");
    }
}
