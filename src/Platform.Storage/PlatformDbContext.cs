using Microsoft.EntityFrameworkCore;
using Platform.Storage.Entities;

namespace Platform.Storage;

// Migrations live in Migrations/ and are applied by the migration worker (src/Platform.MigrationService) only.
// Add one with (any connection string will do; nothing connects):
//   ConnectionStrings__platformdb="Host=localhost" dotnet ef migrations add <Name> \
//       --project src/Platform.Storage --startup-project src/Platform.MigrationService
// The service test Model_HasNoChangesMissingFromTheMigrations fails when the model changed without a migration.
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : DbContext(options)
{
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<ExtractionJob> ExtractionJobs => Set<ExtractionJob>();
    public DbSet<KnowledgeEntity> Entities => Set<KnowledgeEntity>();
    public DbSet<EntityAlias> EntityAliases => Set<EntityAlias>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<Relation> Relations => Set<Relation>();
    public DbSet<RelationGroup> RelationGroups => Set<RelationGroup>();
    public DbSet<DocumentEntity> DocumentEntities => Set<DocumentEntity>();
    public DbSet<Curation> Curations => Set<Curation>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly);
    }
}
