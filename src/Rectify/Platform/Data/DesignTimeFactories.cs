using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Rectify.Platform.Data;

/// <summary>Lets `dotnet ef` build each provider's context without starting the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRectifyDbContext>
{
    public SqliteRectifyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRectifyDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresRectifyDbContext>
{
    public PostgresRectifyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresRectifyDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
