using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;

namespace Rectify.Platform.Data;

/// <summary>The one context; each feature contributes its entity configurations from this assembly.</summary>
public abstract class RectifyDbContext(DbContextOptions options) : IdentityDbContext<User, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public abstract bool IsPostgres { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RectifyDbContext).Assembly);
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version++;
        }
    }
}

public sealed class SqliteRectifyDbContext(DbContextOptions<SqliteRectifyDbContext> options) : RectifyDbContext(options)
{
    public override bool IsPostgres => false;

    // SQLite cannot compare or sort DateTimeOffset text; stored as sortable binary instead.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
}

public sealed class PostgresRectifyDbContext(DbContextOptions<PostgresRectifyDbContext> options) : RectifyDbContext(options)
{
    public override bool IsPostgres => true;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Chinese substring search (LIKE '%…%') uses trigram GIN indexes; needs a UTF-8 cluster.
        builder.HasPostgresExtension("pg_trgm");
        // Paths are ASCII ids and slashes, compared byte by byte: the units under one are a range of its index, whatever the
        // cluster's collation (SQLite compares bytes already).
        builder.Entity<Organization.Unit>().Property(u => u.Path).UseCollation("C");
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties().Where(p => p.PropertyInfo?.IsDefined(typeof(TrigramSearchAttribute), false) == true))
            {
                builder.Entity(entity.ClrType).HasIndex(property.Name)
                    .HasDatabaseName($"IX_{entity.GetTableName()}_{property.Name}_trgm")
                    .HasMethod("gin").HasOperators("gin_trgm_ops");
            }
        }
    }
}
