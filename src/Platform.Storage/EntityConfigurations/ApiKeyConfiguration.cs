using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Storage.Entities;

namespace Platform.Storage.EntityConfigurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys", table => table.HasCheckConstraint("ck_api_keys_scope", "scope IN ('read', 'write', 'admin')"));
        builder.HasKey(k => k.Id).HasName("pk_api_keys");
        builder.Property(k => k.Id).HasColumnName("id").UseIdentityByDefaultColumn();
        builder.Property(k => k.Name).HasColumnName("name").IsRequired();
        builder.Property(k => k.Scope).HasColumnName("scope").IsRequired();
        builder.Property(k => k.SecretHash).HasColumnName("secret_hash").IsRequired();
        builder.Property(k => k.CreatedBy).HasColumnName("created_by").IsRequired();
        builder.Property(k => k.CreatedAt).HasColumnName("created_at");
        builder.Property(k => k.RevokedAt).HasColumnName("revoked_at");
        builder.Property(k => k.RevokedBy).HasColumnName("revoked_by");
    }
}
