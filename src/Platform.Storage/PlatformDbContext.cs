using Microsoft.EntityFrameworkCore;
using Platform.Storage.Entities;

namespace Platform.Storage;

// Migrations live in Migrations/ and are applied at start-up by the document service only.
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : DbContext(options)
{
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<ExtractionJob> ExtractionJobs => Set<ExtractionJob>();
    public DbSet<KnowledgeEntity> Entities => Set<KnowledgeEntity>();
    public DbSet<EntityAlias> EntityAliases => Set<EntityAlias>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<Relation> Relations => Set<Relation>();
    public DbSet<DocumentEntity> DocumentEntities => Set<DocumentEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly);
}
