using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Rectify.IntegrationTests.Audit;

/// <summary>Keys, the database file and the data folder are the service's alone; the audit's retention cannot be set below 180 days.</summary>
public class SecretsAtRestTests(World world) : IClassFixture<World>
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_data_folder_keys_and_database_file_are_readable_by_the_service_alone()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "file modes are a Unix matter");
        world.Factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("密钥生成");
        var keys = Path.Combine(world.Factory.DataDir, "keys");

        Assert.Equal(Folder, File.GetUnixFileMode(world.Factory.DataDir));
        Assert.Equal(Folder, File.GetUnixFileMode(keys));
        var files = Directory.GetFiles(keys, "*.xml");
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Equal(OwnerOnly, File.GetUnixFileMode(f)));
        if (RectifyFactory.Provider == "Sqlite")
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(Path.Combine(world.Factory.DataDir, "rectify.db")));
    }

    [Fact]
    public async Task A_retention_below_180_days_is_refused_at_start()
    {
        await using var factory = new RectifyFactory(settings: new Dictionary<string, string?> { ["Rectify:Audit:RetentionDays"] = "90" });
        var refused = Record.Exception(() => factory.CreateClient());
        Assert.NotNull(refused);
        Assert.Contains("Rectify:Audit:RetentionDays 不能少于180天", refused.ToString());
    }
}
