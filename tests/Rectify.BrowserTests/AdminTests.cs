using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>
/// 三员分立 in the browser: the system admin creates an account without a password, the security admin sets the
/// initial one, its owner must replace it at his first sign-in; an admin binds an authenticator and signs in with it.
/// </summary>
[Collection(SiteCollection.Name)]
public partial class AdminTests(DemoSite site)
{
    [Fact]
    public async Task Admin_creates_a_user_the_security_admin_sets_his_password_and_he_must_change_it_first()
    {
        var admin = await site.SignInAsync("admin");
        await admin.GotoAsync(site.BaseUrl + "/Admin/Units");
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("市发展改革委");
        await DemoSite.ShotAsync(admin, "21-admin-units");

        await admin.GotoAsync(site.BaseUrl + "/Admin/Users");
        await Assertions.Expect(admin.Locator("select[name='Create.Role'] option")).Not.ToContainTextAsync(["安全管理员"]);
        await admin.FillAsync("input[name='Create.UserName']", "newstaff");
        await admin.FillAsync("input[name='Create.FullName']", "钱新来");
        // The unit is found by name among all units, not picked from a list of them.
        await DemoSite.PickAsync(admin, "create-unit-text", "法规", "法规科");
        await admin.SelectOptionAsync("select[name='Create.Role']", "UnitStaff");
        await admin.ClickAsync("form[method=post] >> text=创建");
        await Assertions.Expect(admin.Locator(".alert-success")).ToContainTextAsync("请联系安全管理员设置初始密码");
        await DemoSite.ShotAsync(admin, "22-admin-new-user");
        await admin.GotoAsync(site.BaseUrl + "/Admin/Users");
        await Assertions.Expect(admin.Locator("[data-testid=users]")).ToContainTextAsync("钱新来");
        await DemoSite.ShotAsync(admin, "23-admin-users");

        var secadmin = await site.SignInAsync("secadmin");
        await Assertions.Expect(secadmin.Locator("[data-testid=accounts]")).ToContainTextAsync("钱新来");
        await secadmin.ClickAsync("tr:has-text('newstaff') >> text=办理");
        await secadmin.FillAsync("input[name='Reset.NewPassword']", "weak");
        await secadmin.ClickAsync("button:has-text('设置密码')");
        await Assertions.Expect(secadmin.Locator("[data-testid=refusal]")).ToContainTextAsync("密码至少需要12位");
        await secadmin.FillAsync("input[name='Reset.NewPassword']", "Welcome#River2024");
        await secadmin.ClickAsync("button:has-text('设置密码')");
        await Assertions.Expect(secadmin.Locator(".alert-success")).ToContainTextAsync("其下次登录须修改密码");
        await DemoSite.ShotAsync(secadmin, "24-security-admin-account");

        var page = await (await site.Browser.NewContextAsync()).NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/Account/Login");
        await page.FillAsync("input[name=UserName]", "newstaff");
        await page.FillAsync("input[name=Password]", "Welcome#River2024");
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page.Locator("[data-testid=pending]")).ToContainTextAsync("请先修改初始密码");
        await DemoSite.ShotAsync(page, "25-first-sign-in-change-password");
        await page.FillAsync("input[name=CurrentPassword]", "Welcome#River2024");
        await page.FillAsync("input[name=NewPassword]", "Quiet#Harbour88");
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page.Locator("[data-testid=current-user]")).ToHaveTextAsync("钱新来");
    }

    [Fact]
    public async Task The_audit_admin_binds_an_authenticator_and_then_signs_in_with_its_code()
    {
        // The auditor, whom no other journey signs in: once bound, every sign-in of his asks for the code.
        var auditor = await site.SignInAsync("auditor");
        await auditor.GotoAsync(site.BaseUrl + "/Account/Authenticator");
        await Assertions.Expect(auditor.Locator("[data-testid=qr] svg")).ToBeVisibleAsync();
        await DemoSite.ShotAsync(auditor, "26-authenticator-enrol");
        var key = (await auditor.Locator("[data-testid=authenticator-key]").InnerTextAsync()).Replace(" ", "").ToUpperInvariant();
        await auditor.FillAsync("input[name=Code]", Code(key));
        await auditor.ClickAsync("button:has-text('验证并启用')");
        await Assertions.Expect(auditor.Locator("[data-testid=recovery-codes] li")).ToHaveCountAsync(10);
        await DemoSite.ShotAsync(auditor, "27-authenticator-recovery-codes");
        await auditor.ClickAsync("button:has-text('退出')");

        await auditor.FillAsync("input[name=UserName]", "auditor");
        await auditor.FillAsync("input[name=Password]", Features.Demo.DemoAccounts.Password);
        await auditor.ClickAsync("main button[type=submit]");
        await Assertions.Expect(auditor).ToHaveURLAsync(new Regex("/Account/LoginCode"));
        await DemoSite.ShotAsync(auditor, "28-sign-in-code");
        await auditor.FillAsync("input[name=Code]", Code(key));
        await auditor.ClickAsync("main button[type=submit]");
        await Assertions.Expect(auditor).ToHaveURLAsync(new Regex("/Audit$"));
        await DemoSite.ShotAsync(auditor, "29-audit");
        await auditor.SetViewportSizeAsync(390, 844);
        await AssertFitsAPhoneAsync(auditor, "/Audit", "29-phone-audit");
    }

    [Fact]
    public async Task The_admins_pages_fit_a_phone()
    {
        var admin = await site.SignInAsync("admin");
        await admin.SetViewportSizeAsync(390, 844);
        await AssertFitsAPhoneAsync(admin, "/Admin/Users", "30-phone-admin-users");
        await AssertFitsAPhoneAsync(admin, "/Admin/Units", "31-phone-admin-units");
        await AssertFitsAPhoneAsync(admin, "/Admin/Messages", "31-phone-admin-messages");
        var secadmin = await site.SignInAsync("secadmin");
        await secadmin.SetViewportSizeAsync(390, 844);
        await AssertFitsAPhoneAsync(secadmin, "/Admin/Security", "32-phone-security-accounts");
        await AssertFitsAPhoneAsync(secadmin, "/Admin/Security/Policy", "33-phone-security-policy");
        await AssertFitsAPhoneAsync(secadmin, "/Account/Authenticator", "34-phone-authenticator");
    }

    private async Task AssertFitsAPhoneAsync(IPage page, string path, string shot)
    {
        if (!page.Url.EndsWith(path, StringComparison.Ordinal)) await page.GotoAsync(site.BaseUrl + path);
        await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
        await DemoSite.ShotAsync(page, shot);
        await DemoSite.AssertNoSidewaysScrollAsync(page);
    }

    private static string Code(string key) => new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow);
}
