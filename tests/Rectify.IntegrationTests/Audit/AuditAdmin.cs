using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Platform.Data;
using Rectify.Platform.Security;

namespace Rectify.IntegrationTests.Audit;

/// <summary>The 安全审计员 of a world (an account of this folder's own, so the shared world stays as it is) and the audit as stored.</summary>
public static class AuditAdmin
{
    public const string Account = "audit-admin";

    public static async Task<HttpClient> SignInAsync(World world)
    {
        await using (var scope = world.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            if (await users.FindByNameAsync(Account) is null)
            {
                var result = await users.CreateAsync(new User { UserName = Account, FullName = "钱审计", UnitId = world.Root.Id, Role = Role.AuditAdmin }, World.Password);
                if (!result.Succeeded) throw new InvalidOperationException(string.Join(";", result.Errors.Select(e => e.Description)));
            }
        }
        return await world.As(Account);
    }

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
