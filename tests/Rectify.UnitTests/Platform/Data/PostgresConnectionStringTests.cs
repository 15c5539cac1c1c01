using Npgsql;
using Rectify.Platform.Data;

namespace Rectify.UnitTests.Platform.Data;

public class PostgresConnectionStringTests
{
    [Fact]
    public void Statements_are_prepared_automatically_unless_the_connection_string_says_otherwise()
    {
        Assert.Equal(64, new NpgsqlConnectionStringBuilder(DataModule.PostgresConnectionString("Host=db;Username=rectify")).MaxAutoPrepare);
        Assert.Equal(0, new NpgsqlConnectionStringBuilder(DataModule.PostgresConnectionString("Host=db;Max Auto Prepare=0")).MaxAutoPrepare);
        Assert.Equal(0, new NpgsqlConnectionStringBuilder(DataModule.PostgresConnectionString("Host=db;maxautoprepare=0")).MaxAutoPrepare);
        Assert.Equal(20, new NpgsqlConnectionStringBuilder(DataModule.PostgresConnectionString("Host=db;Max Auto Prepare=20")).MaxAutoPrepare);
        var kept = new NpgsqlConnectionStringBuilder(DataModule.PostgresConnectionString("Host=db;Port=5433;Username=rectify;Password=s3cret;Database=rectify"));
        Assert.Equal(("db", 5433, "rectify", "s3cret", "rectify"), (kept.Host, kept.Port, kept.Username, kept.Password, kept.Database));
    }
}
