using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Platform.Data;
using Rectify.Platform.Security;

namespace Rectify.IntegrationTests.Audit;

/// <summary>The 安全审计员 of a world and the audit as stored.</summary>
public static class AuditAdmin
{
    /// <summary>The world's 安全审计员, with his authenticator (the world computes his codes).</summary>
    public const string Account = "auditor";

    public static Task<HttpClient> SignInAsync(World world) => world.As(Account);

    public static async Task<List<AuditEntry>> EntriesAsync(RectifyFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RectifyDbContext>().AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync();
    }

    public static async Task<AuditChainState> VerifyAsync(RectifyFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerification>().VerifyAsync(CancellationToken.None);
    }

    public static async Task<int> SqlAsync(RectifyFactory factory, string sql)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RectifyDbContext>().Database.ExecuteSqlRawAsync(sql);
    }
}
