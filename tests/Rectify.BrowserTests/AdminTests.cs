using Microsoft.Playwright;

namespace Rectify.BrowserTests;

/// <summary>The system admin keeps units and users; a new account can sign in at once.</summary>
[Collection(SiteCollection.Name)]
public class AdminTests(DemoSite site)
{
    [Fact]
    public async Task Admin_creates_a_user_who_can_then_sign_in()
    {
        var admin = await site.SignInAsync("admin");
        await admin.GotoAsync(site.BaseUrl + "/Admin/Units");
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("市发展改革委");
        await DemoSite.ShotAsync(admin, "21-admin-units");

        await admin.GotoAsync(site.BaseUrl + "/Admin/Users");
        await admin.FillAsync("input[name='Create.UserName']", "newstaff");
        await admin.FillAsync("input[name='Create.FullName']", "钱新来");
        await admin.SelectOptionAsync("select[name='Create.UnitId']", new SelectOptionValue { Index = 4 });
        await admin.SelectOptionAsync("select[name='Create.Role']", "UnitStaff");
        await admin.FillAsync("input[name='Create.Password']", "weak");
        await admin.ClickAsync("form[method=post] >> text=创建");
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("密码至少需要8位");
        await Assertions.Expect(admin.Locator("input[name='Create.UserName']")).ToHaveValueAsync("newstaff");
        await admin.FillAsync("input[name='Create.Password']", "Welcome2024");
        await admin.ClickAsync("form[method=post] >> text=创建");
        await Assertions.Expect(admin.Locator(".alert-success")).ToContainTextAsync("已创建用户“newstaff”");
        await DemoSite.ShotAsync(admin, "22-admin-new-user");
        await admin.GotoAsync(site.BaseUrl + "/Admin/Users");
        await Assertions.Expect(admin.Locator("[data-testid=users]")).ToContainTextAsync("钱新来");
        await DemoSite.ShotAsync(admin, "23-admin-users");

        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/Account/Login");
        await page.FillAsync("input[name=UserName]", "newstaff");
        await page.FillAsync("input[name=Password]", "Welcome2024");
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page.Locator("[data-testid=current-user]")).ToHaveTextAsync("钱新来");
    }
}
